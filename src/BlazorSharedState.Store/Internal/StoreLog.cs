using Microsoft.Extensions.Logging;

namespace BlazorSharedState.Store.Internal;

/// <summary>The store's structured log events.</summary>
internal static partial class StoreLog
{
    [LoggerMessage(1, LogLevel.Information, "Shared store started with {FeatureCount} features, {ReducerCount} reducers, {GuardCount} guards and {EffectCount} effects")]
    public static partial void Started(ILogger logger, int featureCount, int reducerCount, int guardCount, int effectCount);

    [LoggerMessage(2, LogLevel.Information, "Shared store stopped at sequence {Sequence}")]
    public static partial void Stopped(ILogger logger, long sequence);

    [LoggerMessage(3, LogLevel.Debug, "Rejected {Action} from user {UserId}: {Reason}")]
    public static partial void Rejected(ILogger logger, string action, string userId, string reason);

    [LoggerMessage(4, LogLevel.Error, "Reducer {Reducer} threw on {Action}; the action was rejected and no state changed")]
    public static partial void ReducerFailed(ILogger logger, Exception exception, string reducer, string action);

    [LoggerMessage(5, LogLevel.Error, "Guard {Guard} threw on {Action}; the action was rejected")]
    public static partial void GuardFailed(ILogger logger, Exception exception, string guard, string action);

    [LoggerMessage(6, LogLevel.Error, "Effect {Effect} failed on {Action} (sequence {Sequence})")]
    public static partial void EffectFailed(ILogger logger, Exception exception, string effect, string action, long sequence);

    [LoggerMessage(7, LogLevel.Error, "A subscriber of {Source} threw; other subscribers were still notified")]
    public static partial void SubscriberFailed(ILogger logger, Exception exception, string source);

    [LoggerMessage(8, LogLevel.Error, "Middleware {Middleware} threw on {Action}")]
    public static partial void MiddlewareFailed(ILogger logger, Exception exception, string middleware, string action);
}
