namespace BlazorSharedState.Store;

/// <summary>Sends actions to the shared store.</summary>
public interface IDispatcher
{
    /// <summary>Queues an action and returns at once; a rejection is still reported to its origin.</summary>
    void Dispatch(object action);

    /// <summary>Queues an action and completes once it has been reduced or rejected.</summary>
    Task<DispatchResult> DispatchAsync(object action, CancellationToken cancellationToken = default);
}
