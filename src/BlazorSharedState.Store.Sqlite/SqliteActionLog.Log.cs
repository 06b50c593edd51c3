using Microsoft.Extensions.Logging;

namespace BlazorSharedState.Store.Sqlite;

/// <summary>The SQLite log's structured log events.</summary>
public sealed partial class SqliteActionLog
{
    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Action log {Path} opened at sequence {Sequence} (synchronous={Synchronous})")]
        public static partial void Opened(ILogger logger, string path, long sequence, SqliteSynchronous synchronous);

        [LoggerMessage(2, LogLevel.Warning, "The snapshot at sequence {Sequence} can't be read; trying an older one")]
        public static partial void SnapshotUnreadable(ILogger logger, Exception exception, long sequence);

        [LoggerMessage(3, LogLevel.Debug, "Retention let {Count} rows (actions and the snapshots before them) go, through sequence {Through}")]
        public static partial void Trimmed(ILogger logger, int count, long through);

        [LoggerMessage(4, LogLevel.Warning, "Checkpointing the write-ahead log failed; the next checkpoint tries again")]
        public static partial void CheckpointFailed(ILogger logger, Exception exception);
    }
}
