using System.Collections.Concurrent;
using BlazorSharedState.Store;
using Microsoft.Extensions.Time.Testing;

namespace BlazorSharedState.Web.Tests.Log;

/// <summary>The past read from the log: the state right after any action, and what became of each action.</summary>
public sealed class HistoryTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sharedstate-tests", Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly ConcurrentDictionary<long, string> _liveStates = new();
    private readonly ConcurrentDictionary<long, string?> _liveOutcomes = new();

    [Theory]
    [InlineData(int.MaxValue, 11)]
    [InlineData(37, 12)]
    [InlineData(37, 13)]
    public async Task WhenTheStateAtARandomPastActionIsRebuilt_ThenItIsWhatTheLiveStoreHadRightAfterIt(int snapshotEvery, int seed)
    {
        await using var store = await StartRecordingAsync(snapshotEvery, seed);
        var random = new Random(seed);

        foreach (var sequence in Enumerable.Range(0, 25).Select(_ => (long)random.Next(1, (int)store.Store.Sequence + 1)).Append(store.Store.Sequence))
        {
            var view = await store.Store.ViewAtAsync(sequence);

            Assert.Equal(sequence, view.Sequence);
            Assert.Equal(_liveStates[sequence], store.StatesJson(view));
        }
    }

    [Fact]
    public async Task WhenHistoryIsRead_ThenEachActionHasTheOutcomeItHadLiveAndTheLiveStateIsUntouched()
    {
        await using var store = await StartRecordingAsync(snapshotEvery: 37, seed: 14);
        var live = store.Store.GetState<Features.Chat.ChatState>();
        var sequence = store.Store.Sequence;

        var history = await store.Store.ReadHistoryAsync(100, 260);

        Assert.Equal(Enumerable.Range(100, 161).Select(i => (long)i), history.Select(h => h.Logged.Meta.Sequence));
        Assert.All(history, entry => Assert.Equal(_liveOutcomes[entry.Logged.Meta.Sequence], entry.Rejection));
        Assert.Contains(history, entry => !entry.IsAccepted);
        Assert.Contains(history, entry => entry.Name == "SendMessage" && entry.IsAccepted);
        Assert.Same(live, store.Store.GetState<Features.Chat.ChatState>());
        Assert.Equal(sequence, store.Store.Sequence);
    }

    [Fact]
    public async Task WhenAMomentAheadOfTheLog_ThenItIsRefusedWithAReason()
    {
        await using var store = await StartRecordingAsync(snapshotEvery: 37, seed: 15);

        var ahead = await Assert.ThrowsAsync<HistoryUnavailableException>(() => store.Store.ViewAtAsync(store.Store.Sequence + 1));

        Assert.Contains($"the log is at {store.Store.Sequence}", ahead.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>A store on a SQLite log that remembers, after every action, the state and the outcome it had live.</summary>
    private async Task<LoggedStore> StartRecordingAsync(int snapshotEvery, int seed)
    {
        var store = await LoggedStore.StartAsync(_time, Path.Combine(_folder, "log.db"), memory: null, snapshotEvery);
        using var recording = store.Store.SubscribeToHistory(entry =>
        {
            _liveStates[entry.Logged.Meta.Sequence] = store.StatesJson();
            _liveOutcomes[entry.Logged.Meta.Sequence] = entry.Rejection;
        });
        await new RandomActivity(seed).RunAsync(store.Store, _time, 400);
        return store;
    }
}
