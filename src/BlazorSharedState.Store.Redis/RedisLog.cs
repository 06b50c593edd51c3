using Microsoft.Extensions.Logging;

namespace BlazorSharedState.Store.Redis;

/// <summary>The Redis log's structured log events.</summary>
internal static partial class RedisLog
{
    [LoggerMessage(1, LogLevel.Information, "Shared action log opened on Redis at {Endpoint} under \"{Prefix}\", at sequence {Sequence}")]
    public static partial void Opened(ILogger logger, string endpoint, string prefix, long sequence);

    [LoggerMessage(2, LogLevel.Warning, "Waiting for Redis at {Endpoint} to open the shared action log")]
    public static partial void WaitingForRedis(ILogger logger, string endpoint);

    [LoggerMessage(3, LogLevel.Warning, "The snapshot at sequence {Sequence} in Redis can't be read; trying an older one")]
    public static partial void SnapshotUnreadable(ILogger logger, Exception exception, long sequence);

    [LoggerMessage(4, LogLevel.Information, "Trimmed the shared log through sequence {Sequence}")]
    public static partial void Trimmed(ILogger logger, long sequence);

    [LoggerMessage(5, LogLevel.Warning, "Server {Server} let its lease lapse; logged that it is gone")]
    public static partial void ServerGone(ILogger logger, string server);

    [LoggerMessage(6, LogLevel.Warning, "Renewing this server's lease or checking the others' failed; trying again shortly")]
    public static partial void LeaseFailed(ILogger logger, Exception exception);

    [LoggerMessage(7, LogLevel.Information, "The connection to Redis is back; catching up with the shared log")]
    public static partial void Reconnected(ILogger logger);
}
