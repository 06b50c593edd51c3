namespace BlazorSharedState.Store.Internal;

/// <summary>The store's log with the codec and settings it runs with.</summary>
internal sealed record StoreLogging(IActionLog Log, ActionLogCodec Codec, ActionLogOptions Options, StoreLimits Limits);
