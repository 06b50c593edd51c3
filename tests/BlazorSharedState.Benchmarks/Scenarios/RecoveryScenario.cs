using BlazorSharedState.Benchmarks.Durability;
using BlazorSharedState.Benchmarks.Reporting;
using BlazorSharedState.Store.Sqlite;

namespace BlazorSharedState.Benchmarks.Scenarios;

/// <summary>
/// S9: from start to serving with a million logged chat actions. One log is generated per run
/// through a real store with the app's features; each start gets its own copy of it, either with
/// the newest snapshot taken while running (the clean-shutdown one is dropped, as after a crash)
/// or with no snapshot at all, so the whole log is replayed.
/// </summary>
internal static class RecoveryScenario
{
    private const string Id = "S9";
    private const double TargetSeconds = 2;
    private static readonly int[] Intervals = [10_000, 25_000, 50_000, 100_000];

    public static async Task RunAsync(BenchmarkReport report, bool quick)
    {
        using var folder = new ScratchFolder("s9");
        var actions = quick ? 100_000 : 1_000_000;
        Console.WriteLine($"{Id}: generating {Figures.Count(actions)} chat actions in {folder.Path}...");
        var log = await ChatLogGenerator.GenerateAsync(Path.Combine(folder.NewSubfolder("generated"), SqliteActionLog.FileName), actions);
        var snapshots = SqliteLogFile.Snapshots(log.Path);
        var lastWhileRunning = snapshots.Count >= 2
            ? snapshots[^2]
            : throw new InvalidOperationException($"The generated log holds {snapshots.Count} snapshot(s); the scenario needs the clean-shutdown one and one before it.");
        var tail = log.Actions - lastWhileRunning.Sequence;

        var runs = quick ? 1 : 3;
        var withSnapshot = await StartsAsync(folder, log, "with-snapshot", SqliteLogFile.DeleteNewestSnapshot, runs, warmUp: true);
        var withoutSnapshots = await StartsAsync(folder, log, "without-snapshots", SqliteLogFile.DeleteAllSnapshots, runs, warmUp: false);
        var snapshotCost = await SnapshotCost.MeasureAsync(CopyOf(folder, log, "snapshot-cost", _ => { }), quick ? 3 : 5);

        var scenario = $"recovery, {Figures.Count(log.Actions)} logged chat actions on SQLite";
        var withSeconds = MedianSeconds(withSnapshot);
        var withoutSeconds = MedianSeconds(withoutSnapshots);
        report.Add(new ResultRow(Id, $"{scenario}: store start from the newest snapshot, {Figures.Count(tail)} actions before the end",
            "–", Figures.Seconds(withSeconds), "–", $"≤ {Figures.Seconds(TargetSeconds)}", withSeconds <= TargetSeconds));
        report.Add(new ResultRow(Id, $"{scenario}: store start without snapshots (replays all)",
            "–", Figures.Seconds(withoutSeconds), "–", "–", null));
        await AddProcessStartsAsync(report, folder, log, scenario);
        report.Add(new ResultRow(Id, $"one snapshot of that chat state ({Figures.Bytes(snapshots[^1].StateBytes)} of JSON): serialize + write",
            "–", Figures.Ms(snapshotCost.Write.TotalMilliseconds), "–", "–", null));

        var sameState = withSnapshot.Concat(withoutSnapshots).Select(s => s.ChatFingerprint).Distinct().Count() == 1;
        report.Note($"{Id} log: {Figures.Count(log.Actions)} actions from {ChatLogGenerator.Traffic}, "
            + $"{Figures.Count(log.Rejected)} rejected by the chat's guards, generated through a real store on NORMAL in "
            + $"{Figures.Seconds(log.Elapsed.TotalSeconds)} ({Figures.Rate(log.Actions / log.Elapsed.TotalSeconds)}, mean batch {log.MeanBatch:0.0}). "
            + $"File: {Figures.Megabytes(SqliteLogFile.SizeOf(log.Path))}. Disk: {folder.DescribeDisk()}.");
        report.Note($"{Id} each start runs on its own copy of the file (page cache warm). With snapshots the clean-shutdown snapshot is deleted from the copy, "
            + $"so the start reads the last one taken while running (SnapshotEvery 10,000), as after a crash. Medians of {runs} "
            + $"(with: {Spread(withSnapshot)} after a warm-up start; without: {Spread(withoutSnapshots)}). "
            + $"Both ways reach the same chat state: {(sameState ? "yes" : "NO")}.");
        NoteSnapshotInterval(report, log, tail, withSeconds, withoutSeconds, snapshotCost);
    }

    /// <summary>The figures for choosing SnapshotEvery: the worst case of a start and what the snapshots cost the actions between them.</summary>
    private static void NoteSnapshotInterval(BenchmarkReport report, GeneratedChatLog log, long tail, double withSeconds, double withoutSeconds, SnapshotCost cost)
    {
        var replayRate = log.Actions / withoutSeconds;
        var fixedSeconds = Math.Max(0, withSeconds - (tail / replayRate));
        var writeMs = cost.Write.TotalMilliseconds;
        var largest = (TargetSeconds - fixedSeconds) * replayRate;
        var candidates = Intervals.Select(n =>
            $"{Figures.Count(n)}: {Figures.Seconds(fixedSeconds + (n / replayRate))}, {writeMs * 1000 / n:0.00} µs per action");
        report.Note($"{Id} replay: {Figures.Rate(replayRate)}; newest snapshot read back in {Figures.Ms(cost.Read.TotalMilliseconds)}; "
            + $"a start's fixed part (open, snapshot, ServerStarted) {Figures.Seconds(fixedSeconds)}; one snapshot written in "
            + $"{Figures.Ms(cost.Write.TotalMilliseconds)} (insert, retention), of which serializing takes {Figures.Ms(cost.Serialize.TotalMilliseconds)}. "
            + $"Worst-case store start (fixed part + SnapshotEvery ÷ replay rate) and snapshot cost per action, by SnapshotEvery: "
            + $"{string.Join("; ", candidates)}. The largest SnapshotEvery within {Figures.Seconds(TargetSeconds)}: {Figures.Count(Math.Floor(largest))}.");
    }

    private static async Task AddProcessStartsAsync(BenchmarkReport report, ScratchFolder folder, GeneratedChatLog log, string scenario)
    {
        try
        {
            var empty = await ProcessStart.TimeAsync(folder.NewSubfolder("process-empty"));
            foreach (var (what, prepare) in new (string, Action<string>)[]
                     {
                         ("from the newest snapshot", SqliteLogFile.DeleteNewestSnapshot),
                         ("without snapshots", SqliteLogFile.DeleteAllSnapshots),
                     })
            {
                var dataDirectory = Path.GetDirectoryName(CopyOf(folder, log, $"process-{what.Replace(' ', '-')}", prepare))!;
                var elapsed = await ProcessStart.TimeAsync(dataDirectory);
                Directory.Delete(dataDirectory, recursive: true);
                report.Add(new ResultRow(Id, $"{scenario}: process start to serving GET /, {what} (baseline: the same app on an empty log)",
                    Figures.Seconds(empty.TotalSeconds), Figures.Seconds(elapsed.TotalSeconds), Figures.Ratio(elapsed / empty), "–", null));
            }
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or FileNotFoundException)
        {
            report.Note($"{Id} process start to serving could not be measured: {e.Message.Split(Environment.NewLine)[0]}");
        }
    }

    private static async Task<List<StoreStart>> StartsAsync(ScratchFolder folder, GeneratedChatLog log, string name, Action<string> prepare, int runs, bool warmUp)
    {
        var starts = new List<StoreStart>();
        for (var run = warmUp ? 0 : 1; run <= runs; run++)
        {
            var copy = CopyOf(folder, log, $"{name}-{run}", prepare);
            var start = await StoreStart.TimeAsync(copy);
            Directory.Delete(Path.GetDirectoryName(copy)!, recursive: true);
            if (start.Sequence != log.Actions + 1)
            {
                throw new InvalidOperationException($"A start on {name} stands at {start.Sequence}, not at the log's {log.Actions} plus its ServerStarted.");
            }

            if (run > 0)
            {
                starts.Add(start);
            }
        }

        return starts;
    }

    private static string CopyOf(ScratchFolder folder, GeneratedChatLog log, string name, Action<string> prepare)
    {
        var copy = SqliteLogFile.CopyInto(log.Path, folder.NewSubfolder(name));
        prepare(copy);
        return copy;
    }

    private static double MedianSeconds(List<StoreStart> starts) => Figures.Percentile([.. starts.Select(s => s.Elapsed.TotalSeconds)], 50);

    private static string Spread(List<StoreStart> starts) =>
        $"{Figures.Seconds(starts.Min(s => s.Elapsed.TotalSeconds))}–{Figures.Seconds(starts.Max(s => s.Elapsed.TotalSeconds))}";
}
