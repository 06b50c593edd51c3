using BlazorSharedState.Store.Blazor.Internal;
using BlazorSharedState.Store.Tests.Fixtures;

namespace BlazorSharedState.Store.Blazor.Tests;

/// <summary>
/// A selection by key, called on every render: it selects only when the key (the room a component
/// shows) is new, hands the key to the selector, and says whether it selected.
/// </summary>
public sealed class KeyedSelectionTests
{
    [Fact]
    public async Task WhenTheSameKeyComesAgain_ThenNothingIsSelectedAgainAndANewKeySelectsAtOnce()
    {
        await using var harness = await StoreHarness.StartAsync();
        var selection = new StateSelection<TallyState, long>(harness.Subject, new CircuitTimeline(harness.Subject));
        var selections = 0;
        long Select(TallyState tally, long divisor)
        {
            selections++;
            return tally.Count / divisor;
        }

        await harness.Subject.DispatchAsync(new Add(25), StoreHarness.User("alice"));

        Assert.True(selection.Select(1L, Select));
        Assert.False(selection.Select(1L, Select));
        Assert.False(selection.Select(1L, Select));
        Assert.Equal((25L, 1), (selection.Value, selections));

        Assert.True(selection.Select(10L, Select));
        Assert.Equal(2L, selection.Value);

        // Listening, as a component's binding does: the new key's selector follows the store.
        selection.StateChanged += (_, _) => { };
        await harness.Subject.DispatchAsync(new Add(10), StoreHarness.User("alice"));
        Assert.Equal(3L, selection.Value);
    }

    [Fact]
    public async Task WhenTheKeyIsNull_ThenItIsAKeyLikeAnyOther()
    {
        await using var harness = await StoreHarness.StartAsync();
        var selection = new StateSelection<TallyState, string>(harness.Subject, new CircuitTimeline(harness.Subject));

        Assert.True(selection.Select<string?>(null, (tally, key) => key ?? "none"));
        Assert.False(selection.Select<string?>(null, (tally, key) => key ?? "none"));
        Assert.True(selection.Select<string?>("room", (tally, key) => key ?? "none"));

        Assert.Equal("room", selection.Value);
    }
}
