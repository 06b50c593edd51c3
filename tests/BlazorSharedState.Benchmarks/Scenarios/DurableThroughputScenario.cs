using BlazorSharedState.Benchmarks.Durability;
using BlazorSharedState.Benchmarks.Reporting;
using BlazorSharedState.Store.Sqlite;

namespace BlazorSharedState.Benchmarks.Scenarios;

/// <summary>
/// S8: S1's 16 awaiting producers with the log made durable. The store runs on SQLite in a temp
/// folder with synchronous=NORMAL and FULL, beside the in-memory log, and NORMAL is held against
/// its floor: the same log appending the same rows, in batches of the size the store made, with
/// no store. NORMAL, FULL and the floor take turns, window by window, so a busy moment of the
/// machine (it is shared) falls on all of them alike.
/// </summary>
internal static class DurableThroughputScenario
{
    private const string Id = "S8";
    private const string Scenario = "durable throughput, trivial reducer, 16 producers awaiting DispatchAsync";
    private const double NormalTarget = 200_000;
    private const double FloorShareTarget = 0.5;

    /// <summary>The store's MaxBatch: the most a drained queue hands one append.</summary>
    private const int LargestBatch = 4096;

    public static async Task RunAsync(BenchmarkReport report, bool quick)
    {
        var plan = RatePlan.For(quick);
        using var folder = new ScratchFolder("s8");
        MeasuredRates memory;
        // Alone: the in-memory log keeps up to a million actions on the heap, which would slow the others' windows.
        await using (var store = new MeasuredStore(_ => { }))
        {
            await store.WarmUpAsync(plan.Warmup);
            for (var i = 0; i < plan.Repetitions; i++)
            {
                await store.MeasureAsync(plan.Window);
            }

            memory = store.Result();
        }

        await using var normalStore = new MeasuredStore(SqliteLogs.At(folder.FileFor("normal.db"), SqliteSynchronous.Normal));
        await using var fullStore = new MeasuredStore(SqliteLogs.At(folder.FileFor("full.db"), SqliteSynchronous.Full));
        // The floor's batches are the size the store's NORMAL warm-up made; the measured windows' mean is reported beside it.
        var floor = new LogFloor(plan.FloorActions, await normalStore.WarmUpAsync(plan.Warmup));
        var floorAtLargest = new LogFloor(plan.FloorActions, LargestBatch);
        await fullStore.WarmUpAsync(plan.Warmup);
        await floor.RunAsync(folder, SqliteSynchronous.Normal);
        await floorAtLargest.RunAsync(folder, SqliteSynchronous.Normal);
        var (floorRates, largestRates) = (new List<double>(), new List<double>());
        for (var i = 0; i < plan.Repetitions; i++)
        {
            await normalStore.MeasureAsync(plan.Window);
            await fullStore.MeasureAsync(plan.Window);
            floorRates.Add(await floor.RunAsync(folder, SqliteSynchronous.Normal));
            largestRates.Add(await floorAtLargest.RunAsync(folder, SqliteSynchronous.Normal));
        }

        var (normal, full) = (normalStore.Result(), fullStore.Result());
        var floorRun = new MeasuredRates(floorRates, floor.MeanBatch);
        var largestRun = new MeasuredRates(largestRates, LargestBatch);
        Add(report, "in-memory log (MemoryActionLog)", memory, target: null);
        Add(report, "SQLite synchronous=NORMAL (survives a process crash)", normal, NormalTarget);
        var share = normal.Median / floorRun.Median;
        report.Add(new ResultRow(Id,
            $"{Scenario}: SQLite NORMAL against its floor (the same rows through SqliteActionLog.AppendAsync in batches of {floor.MeanBatch:0.0}, no store)",
            Figures.Rate(floorRun.Median), Figures.Rate(normal.Median), Figures.Ratio(share), $"≥ {Figures.Ratio(FloorShareTarget)} the floor", share >= FloorShareTarget));
        Add(report, "SQLite synchronous=FULL (survives power loss)", full, target: null);

        report.Note($"{Id} disk: {folder.DescribeDisk()}. Each figure is the median of {plan.Repetitions} windows of {plan.Window.TotalSeconds:0} s after a "
            + $"{plan.Warmup.TotalSeconds:0.#} s warm-up (spread: memory {memory.Spread}, NORMAL {normal.Spread}, FULL {full.Spread}); "
            + $"the floor is the median of {plan.Repetitions} runs of {Figures.Count(plan.FloorActions)} actions ({floorRun.Spread}), taking turns with "
            + $"NORMAL and FULL. The same floor in batches of {Figures.Count(LargestBatch)}: {Figures.Rate(largestRun.Median)} ({largestRun.Spread}).");
        report.Note($"{Id} mean batch (actions per append; 16 awaiting producers allow at most 16): memory {memory.MeanBatch:0.0}, "
            + $"NORMAL {normal.MeanBatch:0.0} ({floor.MeanBatch:0.0} in its warm-up, the floor's), FULL {full.MeanBatch:0.0}. "
            + $"The store's loop inside AppendAsync: memory {memory.TimeInAppends}; NORMAL {normal.TimeInAppends}; FULL {full.TimeInAppends}.");
    }

    private static void Add(BenchmarkReport report, string log, MeasuredRates rates, double? target) =>
        report.Add(new ResultRow(Id, $"{Scenario}: {log}", "–", Figures.Rate(rates.Median), "–",
            target is { } rate ? $"≥ {Figures.Rate(rate)}" : "–", target is { } met ? rates.Median >= met : null));
}
