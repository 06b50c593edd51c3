using BlazorSharedState.Store.Blazor.Internal;
using BlazorSharedState.Store.Tests.Fixtures;

namespace BlazorSharedState.Store.Blazor.Tests;

/// <summary>A circuit's facades: subscribed while a handler listens, quiet while their slice is unchanged.</summary>
public sealed class StateFacadeTests
{
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
}
