namespace BlazorSharedState.Store;

/// <summary>
/// How often the store snapshots its state and how much history the log keeps. An action
/// leaves the log when it is beyond <see cref="RetainActions"/> or older than
/// <see cref="RetainAge"/>, but never while a kept snapshot still needs it for recovery.
/// </summary>
public sealed class ActionLogOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string SectionName = "SharedState";

    /// <summary>A snapshot is taken after this many actions, and on a clean shutdown.</summary>
    public int SnapshotEvery { get; set; } = 10_000;

    /// <summary>The most actions the log keeps (the newest ones).</summary>
    public long RetainActions { get; set; } = 1_000_000;

    /// <summary>How long the log keeps an action.</summary>
    public TimeSpan RetainAge { get; set; } = TimeSpan.FromDays(30);

    /// <summary>The last sequence that retention lets go, given the log's end and the oldest snapshot kept.</summary>
    public long RetentionFloor(long lastSequence, long oldestSnapshotSequence) =>
        Math.Min(oldestSnapshotSequence, Math.Max(0, lastSequence - RetainActions));
}
