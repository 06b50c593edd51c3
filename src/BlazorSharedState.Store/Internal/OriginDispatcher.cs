namespace BlazorSharedState.Store.Internal;

/// <summary>Dispatches on behalf of one fixed origin (the server, or an effect's triggering user).</summary>
internal sealed class OriginDispatcher(SharedStore store, ActionOrigin origin) : IDispatcher
{
    public void Dispatch(object action) => store.Dispatch(action, origin);

    public Task<DispatchResult> DispatchAsync(object action, CancellationToken cancellationToken = default) =>
        store.DispatchAsync(action, origin, cancellationToken);
}
