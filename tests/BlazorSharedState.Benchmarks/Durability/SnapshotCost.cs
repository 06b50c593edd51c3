using System.Diagnostics;
using BlazorSharedState.Benchmarks.Reporting;
using BlazorSharedState.Store;

namespace BlazorSharedState.Benchmarks.Durability;

/// <summary>
/// What one snapshot of a log's state costs: reading the newest back (part of every start), and
/// writing one as the store's snapshot writer does (JSON of every feature, insert, keep the
/// newest two, retention), with the serializing in it also timed alone. Medians over <c>runs</c>.
/// </summary>
internal sealed record SnapshotCost(TimeSpan Read, TimeSpan Serialize, TimeSpan Write)
{
    public static async Task<SnapshotCost> MeasureAsync(string logPath, int runs)
    {
        // The store is never started: only its log and codec are used, as the snapshot writer uses them.
        await using var host = AppStore.OnSqlite(logPath);
        var log = host.GetRequiredService<IActionLog>();
        var codec = host.GetRequiredService<ActionLogCodec>();
        var head = await log.OpenAsync(CancellationToken.None);

        var clock = Stopwatch.StartNew();
        var snapshot = await log.ReadSnapshotAsync(long.MaxValue, CancellationToken.None)
            ?? throw new InvalidOperationException($"{logPath} holds no snapshot to measure.");
        var read = clock.Elapsed;

        var serialize = new List<double>();
        var write = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            clock.Restart();
            foreach (var (feature, state) in snapshot.States)
            {
                codec.WriteState(feature, state);
            }

            serialize.Add(clock.Elapsed.TotalMilliseconds);
            // A newer sequence each time, so every write also lets the oldest of the two kept go, as in steady running.
            clock.Restart();
            await log.WriteSnapshotAsync(snapshot with { Sequence = head.Sequence + run }, CancellationToken.None);
            write.Add(clock.Elapsed.TotalMilliseconds);
        }

        return new SnapshotCost(read, Median(serialize), Median(write));
    }

    private static TimeSpan Median(List<double> milliseconds) => TimeSpan.FromMilliseconds(Figures.Percentile(milliseconds, 50));
}
