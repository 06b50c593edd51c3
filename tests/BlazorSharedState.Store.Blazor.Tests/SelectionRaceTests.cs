using BlazorSharedState.Store.Blazor.Internal;
using BlazorSharedState.Store.Tests.Fixtures;
using Microsoft.Extensions.Logging;

namespace BlazorSharedState.Store.Blazor.Tests;

/// <summary>
/// A circuit re-selects (say, on switching chat rooms) while the store's loop publishes: once the
/// store is quiet, the selection must hold the new selector's view of the latest state.
/// </summary>
public sealed class SelectionRaceTests
{
    private const int Rounds = 200;
    private const int ActionsPerRound = 400;

    [Fact]
    public async Task WhenASelectionIsReplacedWhileTheLoopPublishes_ThenItEndsOnTheNewSelectorsViewOfTheLatestState()
    {
        await using var harness = await StoreHarness.StartAsync();
        var stale = 0;

        for (var round = 0; round < Rounds; round++)
        {
            // Subscribed before the first Select, as a component base does; then re-selected mid-burst.
            var selection = new StateSelection<TallyState, long>(harness.Subject, new CircuitTimeline(harness.Subject));
            EventHandler listener = (_, _) => { };
            selection.StateChanged += listener;
            var before = harness.Subject.Sequence;
            var burst = BurstAsync(harness.Subject);
            SpinUntilApplied(harness.Subject, before + ActionsPerRound / 4);
            selection.Select(Slowly(t => t.Count));
            SpinUntilApplied(harness.Subject, before + ActionsPerRound / 2);
            Func<TallyState, long> selector = Slowly(t => -t.Count);
            selection.Select(selector);
            await burst;

            if (selection.Value != selector(harness.Subject.GetState<TallyState>()))
            {
                stale++;
            }

            selection.StateChanged -= listener;
        }

        Assert.Equal(0, stale);
        Assert.DoesNotContain(harness.Logs.GetSnapshot(), log => log.Level >= LogLevel.Error);
    }

    // Spins rather than awaits, so the re-selection lands mid-burst; fails saying what it waited for.
    private static void SpinUntilApplied(SharedStore store, long sequence) =>
        Assert.True(
            SpinWait.SpinUntil(() => store.Sequence > sequence, Wait.Patience),
            $"Timed out after {Wait.Patience.TotalSeconds:0} s waiting for the store to apply action {sequence + 1} of the burst.");

    // Fire-and-forget actions, then one awaited: its answer comes after every state it follows was published.
    private static Task BurstAsync(SharedStore store) => Task.Run(async () =>
    {
        for (var i = 0; i < ActionsPerRound - 1; i++)
        {
            store.Dispatch(new Add(1), StoreHarness.User("alice"));
        }

        await store.DispatchAsync(new Add(1), StoreHarness.User("alice"));
    });

    private static Func<TallyState, long> Slowly(Func<TallyState, long> selector) => state =>
    {
        Thread.SpinWait(2_000);
        return selector(state);
    };
}
