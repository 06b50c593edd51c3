using System.Collections.Concurrent;
using BlazorSharedState.Store.Tests.Fixtures;

namespace BlazorSharedState.Store.Tests.Redis;

/// <summary>Two stores on one Redis log are one store: the same order, the same verdicts, the same state.</summary>
public sealed class SharedLogTests : IAsyncLifetime
{
    private const int ProducersPerStore = 16;

    private RedisLogCluster _cluster = default!;

    public async Task InitializeAsync() => _cluster = await RedisLogCluster.StartAsync();

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task WhenBothStoresTakeActionsAtOnce_ThenTheyAgreeOnOrderVerdictsAndState()
    {
        var one = await _cluster.StartStoreAsync("one");
        var two = await _cluster.StartStoreAsync("two");
        var seenByOne = Record(one.Subject);
        var seenByTwo = Record(two.Subject);

        // 2 x 16 producers x 20 actions of 2,000 = 1,280,000: past the tally's limit, so some are refused.
        var answers = await Task.WhenAll(
            Produce(one.Subject, "one", amount: 2_000, perProducer: 20).Concat(Produce(two.Subject, "two", amount: 2_000, perProducer: 20)));
        var results = answers.SelectMany(a => a).ToList();
        var last = results.Max(r => r.Meta!.Sequence);
        await Wait.UntilAsync(() => one.Subject.Sequence == last && two.Subject.Sequence == last, "both stores to apply every action");

        Assert.Equal(one.Subject.GetState<TallyState>(), two.Subject.GetState<TallyState>());
        Assert.Equal(TallyState.Limit, one.Subject.GetState<TallyState>().Count);
        Assert.Contains(results, r => !r.IsAccepted);
        Assert.Equal(Enumerable.Range(1, (int)last).Select(s => (long)s), seenByOne.Select(e => e.Sequence));
        Assert.Equal(seenByOne, seenByTwo);
        // Every dispatcher's answer is what both stores saw at that sequence.
        var verdicts = seenByOne.ToDictionary(e => e.Sequence);
        Assert.All(results, r => Assert.Equal(r.Reason, verdicts[r.Meta!.Sequence].Rejection));
    }

    [Fact]
    public async Task WhenAStoreStartsLate_ThenItCatchesUpFromTheNewestSnapshot()
    {
        var one = await _cluster.StartStoreAsync("one", o => o.SnapshotEvery = 100);
        var two = await _cluster.StartStoreAsync("two", o => o.SnapshotEvery = 100);
        await Task.WhenAll(Produce(one.Subject, "one", amount: 1, perProducer: 20).Concat(Produce(two.Subject, "two", amount: 1, perProducer: 20)));
        await Wait.UntilAsync(() => one.Logs.GetSnapshot().Any(r => r.Message.StartsWith("Snapshot written", StringComparison.Ordinal)), "a snapshot");

        var late = await _cluster.StartStoreAsync("late");

        Assert.Contains(late.Logs.GetSnapshot(), r => r.Message.StartsWith("Recovered from the snapshot at sequence ", StringComparison.Ordinal)
            && !r.Message.StartsWith("Recovered from the snapshot at sequence 0 ", StringComparison.Ordinal));
        await Wait.UntilAsync(() => late.Subject.Sequence == one.Subject.Sequence, "the late store to reach the others");
        Assert.Equal(640, late.Subject.GetState<TallyState>().Count);
        Assert.Equal(one.Subject.GetState<TallyState>(), late.Subject.GetState<TallyState>());

        // It takes part like the others from then on.
        Assert.True((await late.Subject.DispatchAsync(new Add(1), StoreHarness.User("carol"))).IsAccepted);
        await Wait.UntilAsync(() => one.Subject.GetState<TallyState>().Count == 641, "the first store to see the late store's action");
    }

    private static ConcurrentQueue<(long Sequence, string? Rejection)> Record(SharedStore store)
    {
        var seen = new ConcurrentQueue<(long, string?)>();
        store.SubscribeToHistory(entry => seen.Enqueue((entry.Logged.Meta.Sequence, entry.Rejection)));
        return seen;
    }

    private static IEnumerable<Task<List<DispatchResult>>> Produce(SharedStore store, string server, long amount, int perProducer) =>
        Enumerable.Range(0, ProducersPerStore).Select(p => Task.Run(async () =>
        {
            var answers = new List<DispatchResult>();
            for (var i = 0; i < perProducer; i++)
            {
                answers.Add(await store.DispatchAsync(new Add(amount), StoreHarness.User($"{server}-user-{p}")));
            }

            return answers;
        }));
}
