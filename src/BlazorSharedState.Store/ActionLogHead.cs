namespace BlazorSharedState.Store;

/// <summary>Where an opened log ends: the last stamped sequence and time (0 and MinValue when empty).</summary>
public readonly record struct ActionLogHead(long Sequence, DateTimeOffset Time);
