namespace BlazorSharedState.Store.Sqlite;

/// <summary>How hard SQLite syncs the write-ahead log to disk on each commit.</summary>
public enum SqliteSynchronous
{
    /// <summary>
    /// Every commit survives a crash of the process (kill -9); the last commits before a power
    /// loss or OS crash may be lost. WAL with <c>synchronous=NORMAL</c>: no fsync per commit.
    /// </summary>
    Normal,

    /// <summary>Every commit also survives a power loss: an fsync of the WAL per commit.</summary>
    Full,
}
