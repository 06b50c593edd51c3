using BlazorSharedState.Store;
using BlazorSharedState.Web.Features.Activity;
using BlazorSharedState.Web.Features.Counter;

namespace BlazorSharedState.Web.Tests.Activity;

/// <summary>Reading older entries a window at a time, against a log that answers like the store's.</summary>
public sealed class OlderHistoryTests
{
    private readonly List<(long From, long To)> _reads = [];

    [Fact]
    public async Task WhenEnoughMatchInTheFirstWindow_ThenOnlyThatWindowIsRead()
    {
        var page = await OlderHistory.ReadAsync(LogUpTo(1000), before: 1001, wanted: 100, _ => true, _ => true, CancellationToken.None);

        Assert.Equal([(801L, 1000L)], _reads);
        Assert.Equal(801, page.From);
        Assert.Equal(200, page.Entries.Count);
        Assert.Equal(801, page.Entries[0].Logged.Meta.Sequence);
        Assert.Null(page.Problem);
    }

    [Fact]
    public async Task WhenNothingMatches_ThenItReadsAtMostMaxWindowsAndReturnsThemOldestFirst()
    {
        var page = await OlderHistory.ReadAsync(LogUpTo(100_000), before: 100_001, wanted: 100, _ => true, _ => false, CancellationToken.None);

        Assert.Equal(OlderHistory.MaxWindows, _reads.Count);
        Assert.Equal(100_001 - (OlderHistory.MaxWindows * OlderHistory.Window), page.From);
        Assert.Equal([.. Enumerable.Range((int)page.From, OlderHistory.MaxWindows * OlderHistory.Window).Select(s => (long)s)], page.Entries.Select(e => e.Logged.Meta.Sequence));
    }

    [Fact]
    public async Task WhenThePastIsNoLongerKept_ThenWhatWasReadComesBackWithTheLogsReason()
    {
        const string Gone = "The log keeps actions from 250 on; the past before that is gone.";

        var page = await OlderHistory.ReadAsync(LogUpTo(1000, keptFrom: 250, gone: Gone), before: 501, wanted: 1000, _ => true, _ => true, CancellationToken.None);

        Assert.Equal(Gone, page.Problem);
        Assert.Equal(301, page.From);
        Assert.Equal(200, page.Entries.Count);
    }

    private Func<long, long, CancellationToken, Task<IReadOnlyList<HistoryEntry>>> LogUpTo(long newest, long keptFrom = 1, string gone = "") =>
        (from, to, _) =>
        {
            _reads.Add((from, to));
            if (from < keptFrom)
            {
                throw new HistoryUnavailableException(gone);
            }

            IReadOnlyList<HistoryEntry> entries = [.. Enumerable.Range((int)from, (int)(Math.Min(to, newest) - from + 1)).Select(s => Entry(s))];
            return Task.FromResult(entries);
        };

    private static HistoryEntry Entry(long sequence) =>
        new(new LoggedAction(new IncrementCounter(), new ActionMeta(sequence, Guid.Empty, DateTimeOffset.UnixEpoch, "bob", null)), "IncrementCounter", null);
}
