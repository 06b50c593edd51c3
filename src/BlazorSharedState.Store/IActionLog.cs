namespace BlazorSharedState.Store;

/// <summary>
/// The ordered action log: the truth that the store's state is computed from. The store
/// appends every stamped action (rejected ones too: replaying reaches the same verdicts),
/// answers a dispatch only once its batch is durable, and recovers from the newest snapshot
/// plus the actions after it. Implementations: <see cref="MemoryActionLog"/>, the embedded
/// SQLite log, and the Redis log that several servers share (<see cref="ISharedActionLog"/>).
/// </summary>
public interface IActionLog
{
    /// <summary>Opens the log and says where it ends; called once, before anything else.</summary>
    Task<ActionLogHead> OpenAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Appends one batch of consecutive stamped actions atomically: all of them are durable
    /// when this completes, or none is. The store calls it from its loop, one batch at a time.
    /// Returns the batch as logged: a log of one server keeps the store's stamps (and may return
    /// <paramref name="batch"/> itself); a log shared by several servers gives the batch the
    /// next free sequences and its own time, so other servers' actions may come before it.
    /// </summary>
    /// <exception cref="ActionLogUnavailableException">The log can't be reached; nothing of the batch was written.</exception>
    ValueTask<IReadOnlyList<LoggedAction>> AppendAsync(IReadOnlyList<LoggedAction> batch, CancellationToken cancellationToken);

    /// <summary>The actions after <paramref name="afterSequence"/>, in order.</summary>
    /// <exception cref="ActionLogUnreadableException">An entry can't be read back.</exception>
    IAsyncEnumerable<LoggedAction> ReadAsync(long afterSequence, CancellationToken cancellationToken);

    /// <summary>
    /// The newest readable snapshot at or before <paramref name="sequence"/> (<see cref="long.MaxValue"/>:
    /// the newest of all), or null when there is none.
    /// </summary>
    Task<StoreSnapshot?> ReadSnapshotAsync(long sequence, CancellationToken cancellationToken);

    /// <summary>
    /// Stores <paramref name="snapshot"/>, keeps only the newest two, and drops actions that the
    /// retention settings no longer keep, never any after the oldest kept snapshot.
    /// </summary>
    Task WriteSnapshotAsync(StoreSnapshot snapshot, CancellationToken cancellationToken);

    /// <summary>Throws when the log can't be written now; used by health checks.</summary>
    Task CheckWritableAsync(CancellationToken cancellationToken);
}
