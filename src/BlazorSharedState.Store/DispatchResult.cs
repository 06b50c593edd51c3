namespace BlazorSharedState.Store;

/// <summary>The store's answer to a dispatch: accepted with its meta, or rejected with a reason.</summary>
public sealed record DispatchResult
{
    private DispatchResult(ActionMeta? meta, string? reason)
    {
        Meta = meta;
        Reason = reason;
    }

    /// <summary>The stamped meta of an accepted action.</summary>
    public ActionMeta? Meta { get; }

    /// <summary>Why the action was rejected, for a person to read.</summary>
    public string? Reason { get; }

    /// <summary>Whether the action was reduced.</summary>
    public bool IsAccepted => Meta is not null;

    /// <summary>The accepted action's sequence number, 0 when rejected.</summary>
    public long Sequence => Meta?.Sequence ?? 0;

    /// <summary>An accepted action.</summary>
    public static DispatchResult Accepted(ActionMeta meta) => new(meta ?? throw new ArgumentNullException(nameof(meta)), null);

    /// <summary>A rejected action; nothing changed.</summary>
    public static DispatchResult Rejected(string reason) => new(null, reason);
}
