namespace BlazorSharedState.Store;

/// <summary>
/// Every feature's state right after the action with <see cref="Sequence"/>, by the feature's
/// logged name. States are immutable, so taking one on the loop copies references only.
/// </summary>
public sealed record StoreSnapshot(long Sequence, DateTimeOffset Time, IReadOnlyDictionary<string, object> States);
