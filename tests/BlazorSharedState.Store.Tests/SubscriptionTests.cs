using BlazorSharedState.Store.Tests.Fixtures;

namespace BlazorSharedState.Store.Tests;

public sealed class SubscriptionTests
{
    [Fact]
    public async Task WhenAReducerReturnsTheSameState_ThenSubscribersAreNotWoken()
    {
        await using var harness = await StoreHarness.StartAsync();
        var calls = 0;
        using var subscription = harness.Subject.Subscribe<TallyState>(_ => Interlocked.Increment(ref calls));

        await harness.Subject.DispatchAsync(new Touch(), StoreHarness.User("alice"));
        await harness.Subject.DispatchAsync(new Add(1), StoreHarness.User("alice"));

        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task WhenAnActionChangesOneFeature_ThenOnlyThatFeaturesSubscribersHear()
    {
        await using var harness = await StoreHarness.StartAsync();
        var tallyCalls = 0;
        var labelCalls = 0;
        using var tally = harness.Subject.Subscribe<TallyState>(_ => tallyCalls++);
        using var label = harness.Subject.Subscribe<LabelState>(_ => labelCalls++);

        await harness.Subject.DispatchAsync(new Ping("hello"), StoreHarness.User("alice"));

        Assert.Equal((0, 1), (tallyCalls, labelCalls));
    }

    [Fact]
    public async Task WhenASubscriberThrows_ThenOthersAreStillNotified()
    {
        await using var harness = await StoreHarness.StartAsync();
        var heard = 0;
        using var broken = harness.Subject.Subscribe<TallyState>(_ => throw new InvalidOperationException("bad subscriber"));
        using var healthy = harness.Subject.Subscribe<TallyState>(_ => heard++);

        var result = await harness.Subject.DispatchAsync(new Add(1), StoreHarness.User("alice"));

        Assert.True(result.IsAccepted);
        Assert.Equal(1, heard);
    }

    [Fact]
    public async Task WhenActionsAreAccepted_ThenActionSubscribersHearThemWithMetaAfterStateIsPublished()
    {
        await using var harness = await StoreHarness.StartAsync();
        var heard = new List<(object Action, long Sequence, long CountAtThatTime)>();
        using var subscription = harness.Subject.SubscribeToActions((action, meta) =>
            heard.Add((action, meta.Sequence, harness.Subject.GetState<TallyState>().Count)));

        await harness.Subject.DispatchAsync(new Add(2), StoreHarness.User("alice"));
        await harness.Subject.DispatchAsync(new Add(-5), StoreHarness.User("alice"));

        var only = Assert.Single(heard);
        Assert.Equal((new Add(2), 1L, 2L), (only.Action, only.Sequence, only.CountAtThatTime));
    }
}
