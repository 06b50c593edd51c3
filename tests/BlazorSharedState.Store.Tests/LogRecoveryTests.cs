using BlazorSharedState.Store.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BlazorSharedState.Store.Tests;

/// <summary>The store as a view of its log: restarts rebuild it, snapshots shorten the replay, failures refuse.</summary>
public sealed class LogRecoveryTests
{
    private readonly FakeTimeProvider _time = new(StoreHarness.Start);
    private readonly MemoryActionLog _log;

    public LogRecoveryTests()
    {
        _log = new(Options.Create(new ActionLogOptions { SnapshotEvery = 10 }), _time);
    }

    [Fact]
    public async Task WhenTheStoreRestartsOnItsLog_ThenItRebuildsTheStateAndTheSequenceGoesOnAfterAServerStarted()
    {
        await using (var first = await StartOnLogAsync())
        {
            await first.Subject.DispatchAsync(new Add(3), StoreHarness.User("alice"));
            await first.Subject.DispatchAsync(new Ping("hello"), StoreHarness.User("bob"));
        }

        await using var second = await StartOnLogAsync();
        var next = await second.Subject.DispatchAsync(new Add(4), StoreHarness.User("carol"));

        Assert.Equal((7L, "carol"), (second.Subject.GetState<TallyState>().Count, second.Subject.GetState<TallyState>().LastUserId));
        Assert.Equal("hello", second.Subject.GetState<LabelState>().Text);
        var logged = await ReadAllAsync(_log);
        Assert.Equal([1L, 2, 3, 4], logged.Select(a => a.Meta.Sequence));
        Assert.IsType<ServerStarted>(logged[2].Action);
        Assert.Equal(ActionOrigin.ServerUserId, logged[2].Meta.UserId);
        Assert.Equal(4, next.Sequence);
    }

    [Fact]
    public async Task WhenASnapshotWasTaken_ThenRecoveryStartsFromItAndReplaysOnlyTheActionsAfterIt()
    {
        await using (var first = await StartOnLogAsync())
        {
            for (var i = 1; i <= 25; i++)
            {
                await first.Subject.DispatchAsync(new Add(i), StoreHarness.User("alice"));
            }
        }

        var snapshot = await _log.ReadSnapshotAsync(long.MaxValue, CancellationToken.None);
        await using var second = await StartOnLogAsync();

        // The clean stop snapshotted the final state, so nothing is left to replay.
        Assert.Equal(25, snapshot?.Sequence);
        Assert.Contains(second.Logs.GetSnapshot(), r => r.Message.Contains("snapshot at sequence 25 and 0 logged actions", StringComparison.Ordinal));
        Assert.Equal(25 * 26 / 2, second.Subject.GetState<TallyState>().Count);
    }

    [Fact]
    public async Task WhenTheLastSnapshotIsBehindTheLog_ThenTheActionsAfterItAreReplayedOnTopOfIt()
    {
        var live = await StartOnLogAsync();
        for (var i = 1; i <= 25; i++)
        {
            await live.Subject.DispatchAsync(new Add(i), StoreHarness.User("alice"));
        }

        // No clean stop: the process "dies" with the snapshot at 20 and five actions after it.
        await Wait.UntilAsync(
            () => _log.ReadSnapshotAsync(long.MaxValue, CancellationToken.None).Result?.Sequence == 20, "the snapshot at 20 written");
        await using var second = await StartOnLogAsync();

        Assert.Contains(second.Logs.GetSnapshot(), r => r.Message.Contains("snapshot at sequence 20 and 5 logged actions", StringComparison.Ordinal));
        Assert.Equal(25 * 26 / 2, second.Subject.GetState<TallyState>().Count);
        Assert.Equal(25, second.Subject.GetState<TallyState>().LastSequence);
        await live.DisposeAsync();
    }

    [Fact]
    public async Task WhenRejectedActionsAreReplayed_ThenTheyAreRejectedAgainAndNothingAnsweredIsRedone()
    {
        await using (var first = await StartOnLogAsync())
        {
            await first.Subject.DispatchAsync(new Add(TallyState.Limit), StoreHarness.User("alice"));
            Assert.False((await first.Subject.DispatchAsync(new Add(1), StoreHarness.User("bob"))).IsAccepted);
            await first.Subject.DispatchAsync(new Ping("effect once"), StoreHarness.User("bob"));
            await Wait.UntilAsync(() => first.Probe.Ran.Count == 1, "the effect ran once");
        }

        await using var second = await StartOnLogAsync();

        Assert.Equal((TallyState.Limit, "alice"), (second.Subject.GetState<TallyState>().Count, second.Subject.GetState<TallyState>().LastUserId));
        Assert.Equal("effect once", second.Subject.GetState<LabelState>().Text);
        Assert.Empty(second.Probe.Ran);
    }

    [Fact]
    public async Task WhenTheLogCantBeWritten_ThenDispatchesAreRefusedNothingChangesAndTheStoreGoesOnOnceItCan()
    {
        var flaky = new FlakyLog(_log);
        await using var harness = await StoreHarness.StartAsync(configure: s => s.AddSingleton<IActionLog>(flaky));
        await harness.Subject.DispatchAsync(new Add(1), StoreHarness.User("alice"));

        flaky.Failing = true;
        var refused = await harness.Subject.DispatchAsync(new Add(10), StoreHarness.User("alice"));

        Assert.False(refused.IsAccepted);
        Assert.Contains("couldn't save", refused.Reason, StringComparison.Ordinal);
        Assert.Equal((1L, 1L), (harness.Subject.GetState<TallyState>().Count, harness.Subject.Sequence));
        Assert.Contains("No space left", harness.Subject.LogProblem, StringComparison.Ordinal);

        flaky.Failing = false;
        var accepted = await harness.Subject.DispatchAsync(new Add(2), StoreHarness.User("alice"));

        Assert.Equal((2L, 3L), (accepted.Sequence, harness.Subject.GetState<TallyState>().Count));
        Assert.Null(harness.Subject.LogProblem);
        Assert.Equal([1L, 2], (await ReadAllAsync(_log)).Select(a => a.Meta.Sequence));
    }

    [Fact]
    public async Task WhenTheInMemoryLogIsFull_ThenItKeepsTheNewestActionsOnlyAndTheirPastStaysReadable()
    {
        var small = new MemoryActionLog(Options.Create(new ActionLogOptions { SnapshotEvery = 10, RetainActions = 15 }), _time);
        await using var harness = await StoreHarness.StartAsync(time: _time, configure: s => s.AddSingleton<IActionLog>(small)
            .Configure<ActionLogOptions>(o => o.SnapshotEvery = 10));
        for (var i = 1; i <= 40; i++)
        {
            await harness.Subject.DispatchAsync(new Add(1), StoreHarness.User("alice"));
        }

        await Wait.UntilAsync(() => small.ReadSnapshotAsync(40, CancellationToken.None).Result?.Sequence == 40, "the snapshot at 40 written");
        Assert.Equal(Enumerable.Range(26, 15).Select(i => (long)i), (await ReadAllAsync(small)).Select(a => a.Meta.Sequence));
        Assert.Equal(33, (await harness.Subject.ViewAtAsync(33)).GetState<TallyState>().Count);
        await Assert.ThrowsAsync<HistoryUnavailableException>(() => harness.Subject.ViewAtAsync(5));
    }

    [Fact]
    public async Task WhenAnActionNoHandlerTakesIsDispatched_ThenItIsRefusedAtTheBoundary()
    {
        await using var harness = await StoreHarness.StartAsync();

        var refused = Assert.Throws<ArgumentException>(() => harness.Subject.Dispatch(new Unhandled(), StoreHarness.User("alice")));

        Assert.Contains("not an action of this store", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, harness.Subject.Sequence);
    }

    internal static async Task<List<LoggedAction>> ReadAllAsync(IActionLog log)
    {
        var all = new List<LoggedAction>();
        await foreach (var action in log.ReadAsync(0, CancellationToken.None))
        {
            all.Add(action);
        }

        return all;
    }

    private Task<StoreHarness> StartOnLogAsync() =>
        StoreHarness.StartAsync(time: _time, configure: s => s.AddSingleton<IActionLog>(_log).Configure<ActionLogOptions>(o => o.SnapshotEvery = 10));

    private sealed record Unhandled;
}
