namespace BlazorSharedState.Store;

/// <summary>The store's answer to a dispatch: accepted with its meta, or rejected with a reason.</summary>
public sealed record DispatchResult
{
    private DispatchResult(ActionMeta? meta, string? reason)
    {
        Meta = meta;
        Reason = reason;
    }

    /// <summary>The stamped meta of the action; null only when it was refused before it was logged.</summary>
    public ActionMeta? Meta { get; }

    /// <summary>Why the action was rejected, for a person to read.</summary>
    public string? Reason { get; }

    /// <summary>Whether the action was reduced.</summary>
    public bool IsAccepted => Reason is null;

    /// <summary>The action's sequence number in the log, accepted or rejected; 0 when it never reached the log.</summary>
    public long Sequence => Meta?.Sequence ?? 0;

    /// <summary>An accepted action.</summary>
    public static DispatchResult Accepted(ActionMeta meta) => new(meta ?? throw new ArgumentNullException(nameof(meta)), null);

    /// <summary>An action refused before it reached the log; nothing changed.</summary>
    public static DispatchResult Rejected(string reason) => new(null, reason ?? throw new ArgumentNullException(nameof(reason)));

    /// <summary>A logged action that its guards or reducers rejected; nothing changed.</summary>
    public static DispatchResult Rejected(string reason, ActionMeta meta) =>
        new(meta ?? throw new ArgumentNullException(nameof(meta)), reason ?? throw new ArgumentNullException(nameof(reason)));
}
