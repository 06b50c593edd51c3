using BlazorSharedState.Store;

namespace BlazorSharedState.Web.Features.Activity;

/// <summary>
/// "Show older": reads the log backwards a window at a time until enough entries match the
/// reader's filter, the log's start is reached, or <see cref="MaxWindows"/> were read; never the
/// whole log at once, however rare the filter's matches.
/// </summary>
internal static class OlderHistory
{
    /// <summary>Actions per read: each read replays from the nearest snapshot, so a few hundred at a time.</summary>
    public const int Window = 200;

    /// <summary>The most reads one request makes; the reader can ask again to look further back.</summary>
    public const int MaxWindows = 25;

    /// <summary>Reads the actions before <paramref name="before"/>, newest window first, until <paramref name="wanted"/> match.</summary>
    /// <param name="read">Reads the entries from one sequence through another: <see cref="SharedStore.ReadHistoryAsync"/>.</param>
    /// <param name="before">The oldest sequence the reader holds already.</param>
    /// <param name="wanted">How many matching entries are enough.</param>
    /// <param name="keep">Which entries the reader may see at all.</param>
    /// <param name="matches">Which of those the reader's filter matches.</param>
    /// <param name="cancellationToken">Cancels the reads when the reader leaves.</param>
    public static async Task<HistoryPage> ReadAsync(
        Func<long, long, CancellationToken, Task<IReadOnlyList<HistoryEntry>>> read,
        long before, int wanted, Func<HistoryEntry, bool> keep, Func<HistoryEntry, bool> matches, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        var windows = new Stack<List<HistoryEntry>>();
        var (from, found) = (before, 0);
        try
        {
            while (from > 1 && found < wanted && windows.Count < MaxWindows)
            {
                var to = from - 1;
                var entries = await read(Math.Max(1, to - Window + 1), to, cancellationToken);
                var kept = entries.Where(keep).ToList();
                windows.Push(kept);
                found += kept.Count(matches);
                from = Math.Max(1, to - Window + 1);
            }
        }
        catch (HistoryUnavailableException unavailable)
        {
            return Page(windows, from, unavailable.Message);
        }

        return Page(windows, from, problem: null);
    }

    // The last window pushed is the oldest, and a stack enumerates it first.
    private static HistoryPage Page(Stack<List<HistoryEntry>> windows, long from, string? problem) =>
        new([.. windows.SelectMany(w => w)], from, problem);
}
