using BlazorSharedState.Store.Blazor.Circuits;

namespace BlazorSharedState.Store.Blazor.Tests.Circuits;

/// <summary>A feature that follows circuits, as presence does: how many tabs dropped or closed, and whose.</summary>
[FeatureState]
public sealed record TabsState(int Dropped, int Closed, string? LastUserId)
{
    private TabsState()
        : this(0, 0, null)
    {
    }

    [ReducerMethod]
    public static TabsState OnDisconnected(TabsState state, CircuitDisconnected action, ActionMeta meta) =>
        state with { Dropped = state.Dropped + 1, LastUserId = meta.UserId };

    [ReducerMethod]
    public static TabsState OnClosed(TabsState state, CircuitClosed action, ActionMeta meta) =>
        state with { Closed = state.Closed + 1, LastUserId = meta.UserId };
}
