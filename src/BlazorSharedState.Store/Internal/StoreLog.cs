using Microsoft.Extensions.Logging;

namespace BlazorSharedState.Store.Internal;

/// <summary>The store's structured log events.</summary>
internal static partial class StoreLog
{
    [LoggerMessage(1, LogLevel.Information, "Shared store started at sequence {Sequence} with {FeatureCount} features, {ReducerCount} reducers, {GuardCount} guards and {EffectCount} effects")]
    public static partial void Started(ILogger logger, int featureCount, int reducerCount, int guardCount, int effectCount, long sequence);

    [LoggerMessage(2, LogLevel.Information, "Shared store stopped at sequence {Sequence}")]
    public static partial void Stopped(ILogger logger, long sequence);

    [LoggerMessage(3, LogLevel.Debug, "Rejected {Action} from user {UserId}: {Reason}")]
    public static partial void Rejected(ILogger logger, string action, string userId, string reason);

    [LoggerMessage(4, LogLevel.Error, "Reducer {Reducer} threw on {Action}; the action was rejected and no state changed")]
    public static partial void ReducerFailed(ILogger logger, Exception exception, string reducer, string action);

    [LoggerMessage(5, LogLevel.Error, "Guard {Guard} threw on {Action}; the action was rejected and no state changed")]
    public static partial void GuardFailed(ILogger logger, Exception exception, string guard, string action);

    [LoggerMessage(6, LogLevel.Error, "Effect {Effect} failed on {Action} (sequence {Sequence})")]
    public static partial void EffectFailed(ILogger logger, Exception exception, string effect, string action, long sequence);

    [LoggerMessage(7, LogLevel.Error, "A subscriber of {Source} threw; other subscribers were still notified")]
    public static partial void SubscriberFailed(ILogger logger, Exception exception, string source);

    [LoggerMessage(8, LogLevel.Error, "Middleware {Middleware} threw on {Action}")]
    public static partial void MiddlewareFailed(ILogger logger, Exception exception, string middleware, string action);

    [LoggerMessage(9, LogLevel.Error, "Applying {Action} (sequence {Sequence}) failed while {Step}; no state changed")]
    public static partial void FailedBeforeCommit(ILogger logger, Exception exception, string action, long sequence, string step);

    [LoggerMessage(17, LogLevel.Error, "{Action} (sequence {Sequence}) was applied, but {Step} failed afterwards; its new state stands")]
    public static partial void FailedAfterCommit(ILogger logger, Exception exception, string action, long sequence, string step);

    [LoggerMessage(10, LogLevel.Information, "Recovered from the snapshot at sequence {SnapshotSequence} and {Replayed} logged actions after it, up to sequence {Sequence}")]
    public static partial void Recovered(ILogger logger, long snapshotSequence, long replayed, long sequence);

    [LoggerMessage(11, LogLevel.Error, "Appending {Count} actions from sequence {FirstSequence} to the log failed; they were refused and nothing changed")]
    public static partial void AppendFailed(ILogger logger, Exception exception, int count, long firstSequence);

    [LoggerMessage(12, LogLevel.Debug, "Snapshot written at sequence {Sequence}")]
    public static partial void SnapshotWritten(ILogger logger, long sequence);

    [LoggerMessage(13, LogLevel.Warning, "Writing the snapshot at sequence {Sequence} failed; the next start replays more of the log")]
    public static partial void SnapshotFailed(ILogger logger, Exception exception, long sequence);

    [LoggerMessage(14, LogLevel.Error, "Reading the shared log after sequence {Sequence} failed; this server catches up when it can")]
    public static partial void ReadFailed(ILogger logger, Exception exception, long sequence);

    [LoggerMessage(16, LogLevel.Critical, "The store's loop failed and stopped; every action is refused until the server restarts")]
    public static partial void LoopFailed(ILogger logger, Exception exception);

    [LoggerMessage(15, LogLevel.Critical, "The store stopped and refuses every action: {Problem}")]
    public static partial void Halted(ILogger logger, string problem);
}
