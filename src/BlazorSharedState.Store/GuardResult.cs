namespace BlazorSharedState.Store;

/// <summary>A guard's verdict: allowed, or rejected with a reason a person can read.</summary>
public readonly record struct GuardResult
{
    private GuardResult(string? reason) => Reason = reason;

    /// <summary>Why the action was rejected; <c>null</c> when it is allowed.</summary>
    public string? Reason { get; }

    /// <summary>Whether the action may be reduced.</summary>
    public bool IsAllowed => Reason is null;

    /// <summary>Lets the action through.</summary>
    public static GuardResult Allow => default;

    /// <summary>Stops the action; <paramref name="reason"/> is shown to the person who dispatched it.</summary>
    public static GuardResult Reject(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new GuardResult(reason);
    }
}
