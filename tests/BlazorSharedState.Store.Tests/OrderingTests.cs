using System.Collections.Concurrent;
using BlazorSharedState.Store.Tests.Fixtures;

namespace BlazorSharedState.Store.Tests;

public sealed class OrderingTests
{
    private const int Producers = 16;
    private const int PerProducer = 10_000;

    [Fact]
    public async Task WhenSixteenThreadsDispatchConcurrently_ThenEveryActionIsReducedExactlyOnceInOneGapFreeOrder()
    {
        await using var harness = await StoreHarness.StartAsync();
        var sequences = new ConcurrentBag<long>();
        var perUser = new ConcurrentDictionary<string, List<long>>();

        using var start = new Barrier(Producers);
        var producers = Enumerable.Range(0, Producers).Select(p => Task.Factory.StartNew(
            async () =>
            {
                var origin = StoreHarness.User($"user-{p}");
                var mine = perUser.GetOrAdd(origin.UserId, _ => []);
                start.SignalAndWait();
                for (var i = 0; i < PerProducer; i++)
                {
                    var result = await harness.Subject.DispatchAsync(new Add(1), origin);
                    Assert.True(result.IsAccepted);
                    sequences.Add(result.Sequence);
                    mine.Add(result.Sequence);
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default).Unwrap()).ToArray();
        await Task.WhenAll(producers);

        const long total = Producers * PerProducer;
        Assert.Equal(total, harness.Subject.GetState<TallyState>().Count);
        Assert.Equal(total, harness.Subject.Sequence);
        Assert.Equal(Enumerable.Range(1, (int)total).Select(i => (long)i), sequences.Order());
        Assert.All(perUser.Values, mine => Assert.Equal(mine.Order(), mine));
    }

    [Fact]
    public async Task WhenFireAndForgetDispatchesRaceFromManyThreads_ThenNoneIsLost()
    {
        await using var harness = await StoreHarness.StartAsync();
        var dispatcher = harness.Subject.CreateDispatcher(StoreHarness.User("alice"));

        Parallel.For(0, Producers, _ =>
        {
            for (var i = 0; i < PerProducer; i++)
            {
                dispatcher.Dispatch(new Add(1));
            }
        });

        await Wait.UntilAsync(() => harness.Subject.Sequence == Producers * PerProducer, "every action reduced");
        Assert.Equal(Producers * PerProducer, harness.Subject.GetState<TallyState>().Count);
    }

    [Fact]
    public async Task WhenActionsAreDispatchedBeforeStart_ThenTheyWaitAndAreReducedOnStart()
    {
        await using var harness = await StoreHarness.StartAsync(start: false);
        var pending = harness.Subject.DispatchAsync(new Add(5), StoreHarness.User("alice"));

        Assert.False(pending.IsCompleted);
        await harness.Subject.StartAsync();

        Assert.Equal(1, (await pending).Sequence);
        Assert.Equal(5, harness.Subject.GetState<TallyState>().Count);
    }

    [Fact]
    public async Task WhenTheStoreStops_ThenQueuedActionsAreReducedAndLaterOnesRejectedWithAReason()
    {
        var harness = await StoreHarness.StartAsync();
        var queued = Enumerable.Range(0, 100).Select(_ => harness.Subject.DispatchAsync(new Add(1), StoreHarness.User("alice"))).ToArray();

        await harness.DisposeAsync();

        Assert.All(await Task.WhenAll(queued), r => Assert.True(r.IsAccepted));
        var late = await harness.Subject.DispatchAsync(new Add(1), StoreHarness.User("alice"));
        Assert.False(late.IsAccepted);
        Assert.Contains("shutting down", late.Reason, StringComparison.Ordinal);
    }
}
