using System.Collections.Concurrent;
using BlazorSharedState.Store.Tests.Fixtures;
using StackExchange.Redis;

namespace BlazorSharedState.Store.Tests.Redis;

/// <summary>What the shared log does when Redis dies, comes back, or loses part of the log.</summary>
public sealed class RedisFaultTests : IAsyncLifetime
{
    private RedisLogCluster _cluster = default!;

    public async Task InitializeAsync() => _cluster = await RedisLogCluster.StartAsync();

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task WhenRedisIsKilledAndRestartedMidTraffic_ThenNothingAcceptedIsLostOrAppliedTwice()
    {
        var one = await _cluster.StartStoreAsync("one");
        var two = await _cluster.StartStoreAsync("two");
        var answers = new ConcurrentQueue<DispatchResult>();
        using var stop = new CancellationTokenSource();
        var producers = new[] { one, two }.SelectMany(store => Enumerable.Range(0, 4).Select(p => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                answers.Enqueue(await store.Subject.DispatchAsync(new Add(1), StoreHarness.User($"user-{p}")));
            }
        }))).ToList();

        await Wait.UntilAsync(() => answers.Count(a => a.IsAccepted) > 200, "traffic before the crash");
        await _cluster.Redis.KillAsync();

        // Someone acting while Redis is away is told so; the producers whose batch was in flight
        // when it died wait until Redis can say whether it kept it.
        await Assert.ThrowsAnyAsync<Exception>(() => two.Subject.CheckLogWritableAsync(CancellationToken.None));
        var whileAway = await two.Subject.DispatchAsync(new Add(1), StoreHarness.User("late-user"));
        Assert.Equal(ActionLogUnavailableException.Reason, whileAway.Reason);

        await _cluster.Redis.StartAsync();
        var acceptedBefore = answers.Count(a => a.IsAccepted);
        await Wait.UntilAsync(() => answers.Count(a => a.IsAccepted) > acceptedBefore + 200, "traffic to resume by itself after Redis is back");
        await stop.CancelAsync();
        await Task.WhenAll(producers);

        var accepted = answers.Where(a => a.IsAccepted).ToList();
        var last = accepted.Max(a => a.Meta!.Sequence);
        await Wait.UntilAsync(() => one.Subject.Sequence >= last && two.Subject.Sequence >= last, "both stores to apply everything");
        // Every accepted add is in the count once: none lost with Redis, none applied twice on its return.
        Assert.Equal(accepted.Count, one.Subject.GetState<TallyState>().Count);
        Assert.Equal(one.Subject.GetState<TallyState>(), two.Subject.GetState<TallyState>());
        Assert.Equal(accepted.Count, accepted.Select(a => a.Meta!.Sequence).Distinct().Count());
        Assert.All(answers.Where(a => !a.IsAccepted), a => Assert.Contains(a.Reason, (string[])[ActionLogUnavailableException.Reason, "The server couldn't save this change, so nothing was changed; try again in a moment."]));
    }

    [Fact]
    public async Task WhenTheLogHasAHole_ThenTheStoreStopsApplyingAndSaysSo()
    {
        var one = await _cluster.StartStoreAsync("one");
        var two = await _cluster.StartStoreAsync("two");
        Assert.True((await one.Subject.DispatchAsync(new Add(1), StoreHarness.User("alice"))).IsAccepted);
        await Wait.UntilAsync(() => two.Subject.Sequence == 1, "the second store to apply the first action");

        // Redis loses sequence 2 (its counter moves on with no entry behind it); the next append gets 3.
        using (var redis = await ConnectionMultiplexer.ConnectAsync(_cluster.Redis.ConnectionString))
        {
            await redis.GetDatabase().HashIncrementAsync("shared-state:head", "seq");
        }

        var afterTheHole = await one.Subject.DispatchAsync(new Add(1), StoreHarness.User("alice"));
        Assert.False(afterTheHole.IsAccepted);
        Assert.NotNull(one.Subject.HaltedProblem);

        await Wait.UntilAsync(() => two.Subject.HaltedProblem is not null, "the second store to notice the hole");
        Assert.Equal(1, two.Subject.Sequence);
        Assert.Contains("actions are missing", two.Subject.HaltedProblem, StringComparison.Ordinal);
        var refused = await two.Subject.DispatchAsync(new Add(1), StoreHarness.User("bob"));
        Assert.StartsWith("The server has stopped taking changes", refused.Reason, StringComparison.Ordinal);
        Assert.False(two.Subject.IsRunning);
        Assert.Contains(two.Logs.GetSnapshot(), r => r.Level == Microsoft.Extensions.Logging.LogLevel.Critical);
    }
}
