using BlazorSharedState.Store.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BlazorSharedState.Store.Tests;

/// <summary>The embedded log on a real SQLite file: what it keeps, what it refuses to read, what it lets go.</summary>
public sealed class SqliteLogTests : IDisposable
{
    private readonly SqliteLogFolder _folder = new();

    [Fact]
    public async Task WhenAStoreStartsOnTheFileAnotherWrote_ThenItHasEveryActionWithItsMeta()
    {
        DispatchResult[] answered;
        await using (var first = await _folder.StartStoreAsync())
        {
            answered =
            [
                await first.Subject.DispatchAsync(new Add(2), StoreHarness.User("alice", "tab-a")),
                await first.Subject.DispatchAsync(new Add(-1), StoreHarness.User("bob", "tab-b")),
                await first.Subject.DispatchAsync(new Ping("hi"), new ActionOrigin("carol", null)),
            ];
        }

        await using var second = await _folder.StartStoreAsync(o => o.SnapshotEvery = int.MaxValue);
        _folder.Execute("DELETE FROM snapshots");
        var logged = await LogRecoveryTests.ReadAllAsync(second.Services.GetRequiredService<IActionLog>());

        Assert.Equal(answered.Select(a => a.Meta), logged.Take(3).Select(a => a.Meta));
        Assert.Equal([new Add(2), new Add(-1), new Ping("hi"), new ServerStarted()], logged.Select(a => a.Action));
        Assert.Equal((2L, "alice", "hi"), (second.Subject.GetState<TallyState>().Count, second.Subject.GetState<TallyState>().LastUserId, second.Subject.GetState<LabelState>().Text));
        Assert.Equal(4, second.Subject.Sequence);
    }

    [Fact]
    public async Task WhenTheFileWasWrittenBeforeServersWereNamed_ThenItIsReadAndNewActionsCarryTheServer()
    {
        _folder.Execute("""
            CREATE TABLE actions (seq INTEGER PRIMARY KEY, id BLOB NOT NULL, time INTEGER NOT NULL, user_id TEXT NOT NULL,
                circuit_id TEXT, name TEXT NOT NULL, payload TEXT NOT NULL);
            INSERT INTO actions VALUES (1, zeroblob(16), 0, 'alice', 'tab-a', 'Add', '{"Amount":5}');
            """);

        await using var store = await _folder.StartStoreAsync(o => o.ServerName = "web-1");
        var answer = await store.Subject.DispatchAsync(new Add(1), StoreHarness.User("bob"));
        var logged = await LogRecoveryTests.ReadAllAsync(store.Services.GetRequiredService<IActionLog>());

        Assert.Equal(6, store.Subject.GetState<TallyState>().Count);
        Assert.Null(logged[0].Meta.Server);
        Assert.Equal("web-1", answer.Meta!.Server);
        Assert.Equal(answer.Meta, logged[^1].Meta);
    }

    [Theory]
    [InlineData("'Vanished'", "'{}'", "no action type of this app has that logged name")]
    [InlineData("'Add'", "'{\"Amount\":\"lots\"'", "the JSON doesn't fit Add")]
    public async Task WhenAnEntryCantBeRead_ThenTheStoreDoesNotStartAndSaysWhichSequenceAndType(string name, string payload, string problem)
    {
        await using (var first = await _folder.StartStoreAsync())
        {
            await first.Subject.DispatchAsync(new Add(1), StoreHarness.User("alice"));
        }

        _folder.Execute("DELETE FROM snapshots");
        _folder.Execute($"INSERT INTO actions VALUES (2, zeroblob(16), 0, 'alice', NULL, {name}, {payload}, NULL)");

        var failure = await Assert.ThrowsAsync<ActionLogUnreadableException>(() => _folder.StartStoreAsync());

        Assert.Equal((2L, name.Trim('\'')), (failure.Sequence, failure.Name));
        Assert.Contains("sequence 2", failure.Message, StringComparison.Ordinal);
        Assert.Contains(problem, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenTheProcessDiedMidAppend_ThenTheTornBatchIsGoneAndEverythingBeforeItIsThere()
    {
        var torn = new SqliteLogFolder();
        await using (var live = await _folder.StartStoreAsync())
        {
            for (var i = 1; i <= 5; i++)
            {
                await live.Subject.DispatchAsync(new Add(i), StoreHarness.User("alice"));
            }

            // A copy taken while the store still runs holds the write-ahead log as a crash leaves it;
            // cutting its end tears the last batch mid-write.
            File.Copy(_folder.File, torn.File);
            File.Copy(_folder.File + "-wal", torn.File + "-wal");
            using var wal = new FileStream(torn.File + "-wal", FileMode.Open);
            wal.SetLength(wal.Length - 100);
        }

        await using var recovered = await torn.StartStoreAsync();

        Assert.Equal((1L + 2 + 3 + 4, 4L), (recovered.Subject.GetState<TallyState>().Count, recovered.Subject.GetState<TallyState>().LastSequence));
        Assert.DoesNotContain(recovered.Logs.GetSnapshot(), r => r.Level >= LogLevel.Warning);
        Assert.Equal(5, (await recovered.Subject.DispatchAsync(new Add(10), StoreHarness.User("bob"))).Sequence - 1);
        torn.Dispose();
    }

    [Fact]
    public async Task WhenTheLogOutgrowsItsRetention_ThenOldActionsGoButNeverOnesAKeptSnapshotNeeds()
    {
        await using (var store = await _folder.StartStoreAsync(o => (o.SnapshotEvery, o.RetainActions) = (20, 10)))
        {
            for (var i = 1; i <= 100; i++)
            {
                await store.Subject.DispatchAsync(new Add(1), StoreHarness.User("alice"));
            }
        }

        var oldestSnapshot = _folder.Execute("SELECT MIN(seq) FROM snapshots");
        Assert.Equal(2, _folder.Execute("SELECT COUNT(DISTINCT seq) FROM snapshots"));
        Assert.Equal(100, _folder.Execute("SELECT MAX(seq) FROM snapshots"));
        Assert.Equal(oldestSnapshot + 1, _folder.Execute("SELECT MIN(seq) FROM actions"));
        Assert.Equal(100 - oldestSnapshot, _folder.Execute("SELECT COUNT(*) FROM actions"));

        await using var restarted = await _folder.StartStoreAsync();
        Assert.Equal(100, restarted.Subject.GetState<TallyState>().Count);
    }

    [Fact]
    public async Task WhenTheHistoryIsWithinItsRetention_ThenEverySnapshotIsKeptSoAnyMomentReplaysAtMostOneInterval()
    {
        await using var store = await _folder.StartStoreAsync(o => o.SnapshotEvery = 20);
        for (var i = 1; i <= 100; i++)
        {
            await store.Subject.DispatchAsync(new Add(1), StoreHarness.User("alice"));
            if (i % 20 == 0)
            {
                // One at a time: a writer still busy with one snapshot skips to the newest.
                await Wait.UntilAsync(() => _folder.Execute("SELECT MAX(seq) FROM snapshots") == i, $"the snapshot at {i} written");
            }
        }

        var view = await store.Subject.ViewAtAsync(57);

        Assert.Equal(57, view.GetState<TallyState>().Count);
        Assert.Equal(1, _folder.Execute("SELECT MIN(seq) FROM actions"));
        Assert.Equal(5, _folder.Execute("SELECT COUNT(DISTINCT seq) FROM snapshots"));
    }

    [Fact]
    public async Task WhenActionsOutliveTheRetentionAge_ThenTheyGoOnceASnapshotCoversThem()
    {
        await using (var store = await _folder.StartStoreAsync(o => (o.SnapshotEvery, o.RetainAge) = (20, TimeSpan.FromHours(1))))
        {
            for (var i = 1; i <= 60; i++)
            {
                if (i == 31)
                {
                    _folder.Time.Advance(TimeSpan.FromHours(2));
                }

                await store.Subject.DispatchAsync(new Add(1), StoreHarness.User("alice"));
            }
        }

        // Actions 1-30 are two hours old; they go as far as the older of the newest two snapshots covers them.
        var recoverySnapshot = _folder.Execute("SELECT MIN(seq) FROM (SELECT DISTINCT seq FROM snapshots ORDER BY seq DESC LIMIT 2)");
        Assert.Equal(Math.Min(recoverySnapshot, 30) + 1, _folder.Execute("SELECT MIN(seq) FROM actions"));
        Assert.Equal(60, _folder.Execute("SELECT MAX(seq) FROM actions"));
    }

    [Fact]
    public async Task WhenTheNewestSnapshotCantBeRead_ThenTheOlderOneIsUsedAndThatIsLogged()
    {
        await using (var store = await _folder.StartStoreAsync(o => o.SnapshotEvery = 10))
        {
            for (var i = 1; i <= 25; i++)
            {
                await store.Subject.DispatchAsync(new Add(i), StoreHarness.User("alice"));
            }
        }

        _folder.Execute("UPDATE snapshots SET state = '{\"Count\":' WHERE seq = (SELECT MAX(seq) FROM snapshots) AND feature = 'TallyState'");
        await using var restarted = await _folder.StartStoreAsync(o => o.SnapshotEvery = 10);

        Assert.Equal(25 * 26 / 2, restarted.Subject.GetState<TallyState>().Count);
        var warning = Assert.Single(restarted.Logs.GetSnapshot(), r => r.Level == LogLevel.Warning);
        Assert.Contains("sequence 25", warning.Message, StringComparison.Ordinal);
        Assert.Contains("TallyState", warning.Exception?.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
