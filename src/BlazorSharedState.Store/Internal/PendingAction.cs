namespace BlazorSharedState.Store.Internal;

/// <summary>An action waiting in the queue; <see cref="Completion"/> is null for fire-and-forget.</summary>
internal readonly record struct PendingAction(object Action, ActionOrigin Origin, TaskCompletionSource<DispatchResult>? Completion);
