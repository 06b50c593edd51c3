using BlazorSharedState.Store;

namespace BlazorSharedState.Store.Blazor.Internal;

/// <summary>A circuit's view of one feature.</summary>
internal sealed class StateFacade<TState>(SharedStore store, CircuitTimeline timeline) : StateNotifier(timeline), IState<TState>
    where TState : class
{
    public TState Value => Timeline.StateOf<TState>();

    protected override IDisposable SubscribeToStore() => store.Subscribe<TState>(_ =>
        {
            // A circuit looking at the past doesn't follow the live state.
            if (!Timeline.IsPast)
            {
                RaiseStateChanged();
            }
        });
}
