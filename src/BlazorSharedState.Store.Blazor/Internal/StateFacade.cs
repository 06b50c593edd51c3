using BlazorSharedState.Store;

namespace BlazorSharedState.Store.Blazor.Internal;

/// <summary>A circuit's view of one feature.</summary>
internal sealed class StateFacade<TState>(SharedStore store) : StateNotifier, IState<TState>
    where TState : class
{
    public TState Value => store.GetState<TState>();

    protected override IDisposable SubscribeToStore() => store.Subscribe<TState>(_ => RaiseStateChanged());
}
