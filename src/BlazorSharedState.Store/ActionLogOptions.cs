namespace BlazorSharedState.Store;

/// <summary>
/// How often the store snapshots its state and how much history the log keeps. An action
/// leaves the log when it is beyond <see cref="RetainActions"/> or older than
/// <see cref="RetainAge"/>, but never while the newest two snapshots still need it for
/// recovery. Snapshots are kept as long as the actions after them: they are where a view of the
/// past starts replaying, so opening any moment replays at most <see cref="SnapshotEvery"/> actions.
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

    /// <summary>
    /// This server's name on the log, stamped on every action it takes (<see cref="ActionMeta.Server"/>).
    /// Servers sharing one log need distinct names; a stable one lets a restarted server end its
    /// earlier run's tabs at once rather than when its old lease lapses.
    /// </summary>
    public string ServerName { get; set; } = Environment.MachineName;

    /// <summary>
    /// The last sequence retention lets go: what is beyond <see cref="RetainActions"/> or older
    /// than <see cref="RetainAge"/> (<paramref name="tooOld"/>: the last action older than that),
    /// but nothing after <paramref name="recoverySnapshot"/>, the older of the newest two snapshots.
    /// </summary>
    public long RetentionFloor(long lastSequence, long tooOld, long recoverySnapshot) =>
        Math.Min(recoverySnapshot, Math.Max(tooOld, lastSequence - RetainActions));
}
