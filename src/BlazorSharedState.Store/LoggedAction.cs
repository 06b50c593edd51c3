namespace BlazorSharedState.Store;

/// <summary>An action with the meta the store stamped on it: one entry of the action log.</summary>
/// <param name="Action">The action as dispatched.</param>
/// <param name="Meta">Its place in the order, its author and its time.</param>
public sealed record LoggedAction(object Action, ActionMeta Meta);
