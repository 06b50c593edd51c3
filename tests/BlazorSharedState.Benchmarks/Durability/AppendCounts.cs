namespace BlazorSharedState.Benchmarks.Durability;

/// <summary>What a log's appends added up to at one moment.</summary>
/// <param name="Appends">Calls to AppendAsync, one per batch the store drained.</param>
/// <param name="Actions">Actions in those batches.</param>
/// <param name="InAppends">Wall-clock time the store's loop spent inside AppendAsync.</param>
/// <param name="Stalls">Appends that took 100 ms or more: on SQLite, a wait for the write lock.</param>
internal readonly record struct AppendCounts(long Appends, long Actions, TimeSpan InAppends, long Stalls)
{
    /// <summary>The mean batch of the appends made between <paramref name="earlier"/> and this reading.</summary>
    public double MeanBatchSince(AppendCounts earlier) =>
        (Actions - earlier.Actions) / (double)Math.Max(1, Appends - earlier.Appends);

    /// <summary>These counts and <paramref name="more"/> together.</summary>
    public AppendCounts Plus(AppendCounts more) =>
        new(Appends + more.Appends, Actions + more.Actions, InAppends + more.InAppends, Stalls + more.Stalls);

    /// <summary>What happened between <paramref name="earlier"/> and this reading.</summary>
    public AppendCounts Since(AppendCounts earlier) =>
        new(Appends - earlier.Appends, Actions - earlier.Actions, InAppends - earlier.InAppends, Stalls - earlier.Stalls);
}
