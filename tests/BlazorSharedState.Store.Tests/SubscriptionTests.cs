using BlazorSharedState.Store.Blazor;
using BlazorSharedState.Store.Blazor.Internal;
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
    public async Task WhenTheSelectedSliceIsUnchanged_ThenTheSelectionStaysQuiet()
    {
        await using var harness = await StoreHarness.StartAsync();
        var selection = new StateSelection<TallyState, bool>(harness.Subject, new CircuitTimeline(harness.Subject));
        selection.Select(tally => tally.Count >= 3);
        var changes = 0;
        selection.StateChanged += (_, _) => changes++;

        for (var i = 0; i < 5; i++)
        {
            await harness.Subject.DispatchAsync(new Add(1), StoreHarness.User("alice"));
        }

        Assert.Equal(1, changes);
        Assert.True(selection.Value);
    }

    [Fact]
    public async Task WhenTheSelectorIsReplaced_ThenTheValueFollowsItAtOnceAndChangesFollowItFromThenOn()
    {
        await using var harness = await StoreHarness.StartAsync();
        var selection = new StateSelection<TallyState, long>(harness.Subject, new CircuitTimeline(harness.Subject));
        selection.Select(tally => tally.Count);
        var changes = 0;
        selection.StateChanged += (_, _) => changes++;
        await harness.Subject.DispatchAsync(new Add(1), StoreHarness.User("alice"));

        // As a component does in OnParametersSet when what it shows changes: tens now, not units.
        selection.Select(tally => tally.Count / 10);
        Assert.Equal((0L, 1), (selection.Value, changes));
        await harness.Subject.DispatchAsync(new Add(1), StoreHarness.User("alice"));
        Assert.Equal(1, changes);
        await harness.Subject.DispatchAsync(new Add(8), StoreHarness.User("alice"));

        Assert.Equal((1L, 2), (selection.Value, changes));
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
    public async Task WhenFacadesLoseTheirLastHandler_ThenTheSubscriptionCountReturnsToZero()
    {
        await using var harness = await StoreHarness.StartAsync();
        var facades = Enumerable.Range(0, 100).Select(_ => new StateFacade<TallyState>(harness.Subject, new CircuitTimeline(harness.Subject))).ToList();
        var selections = Enumerable.Range(0, 100).Select(_ => new StateSelection<TallyState, long>(harness.Subject, new CircuitTimeline(harness.Subject))).ToList();
        EventHandler handler = (_, _) => { };
        facades.ForEach(f => f.StateChanged += handler);
        selections.ForEach(s =>
        {
            s.Select(t => t.Count);
            s.StateChanged += handler;
        });
        using var actions = harness.Subject.SubscribeToActions((_, _) => { });

        Assert.Equal(201, harness.Subject.SubscriptionCount);
        facades.ForEach(f => f.StateChanged -= handler);
        selections.ForEach(s => s.StateChanged -= handler);
        actions.Dispose();

        Assert.Equal(0, harness.Subject.SubscriptionCount);
        await harness.Subject.DispatchAsync(new Add(1), StoreHarness.User("alice"));
        Assert.Equal(0, harness.Subject.SubscriptionCount);
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
