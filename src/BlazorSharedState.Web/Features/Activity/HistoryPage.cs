using BlazorSharedState.Store;

namespace BlazorSharedState.Web.Features.Activity;

/// <summary>Entries read from the log, oldest first, covering the log from <see cref="From"/> on.</summary>
/// <param name="Entries">What the reader may see of that part of the log.</param>
/// <param name="From">The oldest sequence read.</param>
/// <param name="Problem">Why the log could not be read further back, if it could not.</param>
internal sealed record HistoryPage(IReadOnlyList<HistoryEntry> Entries, long From, string? Problem);
