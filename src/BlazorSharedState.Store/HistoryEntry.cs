namespace BlazorSharedState.Store;

/// <summary>One logged action with what became of it: accepted, or rejected with its reason.</summary>
/// <param name="Logged">The action and its meta.</param>
/// <param name="Name">The action's logged name.</param>
/// <param name="Rejection">Why it was rejected; null when it was accepted.</param>
public sealed record HistoryEntry(LoggedAction Logged, string Name, string? Rejection)
{
    /// <summary>Whether the action was reduced.</summary>
    public bool IsAccepted => Rejection is null;
}
