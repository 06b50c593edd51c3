using BlazorSharedState.Store.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BlazorSharedState.Store.Tests;

public sealed class ActionIdTests
{
    [Fact]
    public async Task WhenActionsAreStamped_ThenIdsAreUniqueVersion7AndSortInActionOrder()
    {
        await using var harness = await StoreHarness.StartAsync();
        var ids = new List<Guid>();
        for (var i = 0; i < 2_000; i++)
        {
            if (i % 500 == 0)
            {
                harness.Time.Advance(TimeSpan.FromMilliseconds(3));
            }

            ids.Add((await harness.Subject.DispatchAsync(new Add(1), StoreHarness.User("alice"))).Meta!.Id);
        }

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Equal(7, id.Version));
        Assert.All(ids, id => Assert.Equal(0b10, id.Variant >> 2));
        var text = ids.Select(id => id.ToString("N")).ToList();
        Assert.Equal(text.Order(StringComparer.Ordinal), text);
    }

    [Fact]
    public async Task WhenARejectedAndAnAcceptedActionShareAMillisecond_ThenTheirIdsDiffer()
    {
        await using var harness = await StoreHarness.StartAsync();

        var rejected = await harness.Subject.DispatchAsync(new Add(-1), StoreHarness.User("alice"));
        var accepted = await harness.Subject.DispatchAsync(new Add(1), StoreHarness.User("alice"));

        Assert.False(rejected.IsAccepted);
        Assert.Equal(rejected.Meta!.Time, accepted.Meta!.Time);
        Assert.NotEqual(rejected.Meta.Id, accepted.Meta.Id);
    }

    [Fact]
    public async Task WhenTheLogRefusesABatch_ThenTheActionsStampedAfterItInTheSameMillisecondGetOtherIds()
    {
        // A refused batch's sequences are stamped again on the next one; its ids must not be.
        // A shared log may have kept the refused batch though its answer was lost.
        var log = new FlakyLog(new MemoryActionLog(Options.Create(new ActionLogOptions()), TimeProvider.System)) { Failing = true };
        await using var harness = await StoreHarness.StartAsync(configure: s => s.AddSingleton<IActionLog>(log));

        var refused = await harness.Subject.DispatchAsync(new Add(1), StoreHarness.User("alice"));
        log.Failing = false;
        var accepted = await harness.Subject.DispatchAsync(new Add(1), StoreHarness.User("alice"));

        Assert.False(refused.IsAccepted);
        Assert.True(accepted.IsAccepted);
        var offered = log.Offered.ToList();
        Assert.Equal([(1L, StoreHarness.Start), (1L, StoreHarness.Start)], offered.Select(m => (m.Sequence, m.Time)));
        Assert.NotEqual(offered[0].Id, offered[1].Id);
    }

    [Fact]
    public async Task WhenTwoStoresStampTheSameSequenceAtTheSameTime_ThenTheirIdsDiffer()
    {
        await using var first = await StoreHarness.StartAsync();
        await using var second = await StoreHarness.StartAsync();

        var a = await first.Subject.DispatchAsync(new Add(1), StoreHarness.User("alice"));
        var b = await second.Subject.DispatchAsync(new Add(1), StoreHarness.User("alice"));

        Assert.Equal((a.Sequence, a.Meta!.Time), (b.Sequence, b.Meta!.Time));
        Assert.NotEqual(a.Meta.Id, b.Meta.Id);
    }
}
