using System.Diagnostics;
using BlazorSharedState.Benchmarks.Circuits;
using BlazorSharedState.Benchmarks.Durability;
using BlazorSharedState.Benchmarks.Reporting;
using BlazorSharedState.Store;
using BlazorSharedState.Store.Sqlite;
using BlazorSharedState.Web.Features.Counter;

namespace BlazorSharedState.Benchmarks.Scenarios;

/// <summary>
/// S12: the past on demand. A store on a million logged chat actions (default snapshot interval)
/// opens random moments of its history; and live actions are timed alone and while five readers
/// scrub the history without pause, to show that reading the past stays off the live path.
/// </summary>
internal static class PastViewScenario
{
    private const string Id = "S12";
    private const double TargetMs = 200;
    private const int Scrubbers = 5;

    public static async Task RunAsync(BenchmarkReport report, bool quick)
    {
        using var folder = new ScratchFolder("s12");
        var actions = quick ? 100_000 : 1_000_000;
        Console.WriteLine($"{Id}: generating {Figures.Count(actions)} chat actions in {folder.Path}...");
        var log = await ChatLogGenerator.GenerateAsync(folder.FileFor(SqliteActionLog.FileName), actions);
        await using var host = AppStore.OnSqlite(log.Path);
        var store = host.Store;
        await store.StartAsync();
        var random = new Random(12);

        var opens = new List<double>();
        for (var i = 0; i < (quick ? 15 : 60); i++)
        {
            var clock = Stopwatch.StartNew();
            await store.ViewAtAsync(random.NextInt64(1, store.Sequence + 1));
            opens.Add(clock.Elapsed.TotalMilliseconds);
        }

        var p95 = Figures.Percentile(opens, 95);
        report.Add(new ResultRow(Id, $"open the app at a random past moment of {Figures.Count(log.Actions)} logged chat actions (SnapshotEvery 10,000): p50 / p95",
            "–", $"{Figures.Ms(Figures.Percentile(opens, 50))} / {Figures.Ms(p95)}", "–", $"p95 ≤ {Figures.Ms(TargetMs)}", p95 <= TargetMs));

        var samples = quick ? 500 : 2_000;
        var alone = await LiveLatenciesAsync(store, samples);
        using var stop = new CancellationTokenSource();
        var scrubbing = Enumerable.Range(0, Scrubbers).Select(s => ScrubAsync(store, new Random(s), 1, stop.Token)).ToArray();
        var whileScrubbing = await LiveLatenciesAsync(store, samples);
        await stop.CancelAsync();
        var views = (await Task.WhenAll(scrubbing)).Sum();

        var (aloneP99, scrubbedP99) = (Figures.Percentile(alone, 99), Figures.Percentile(whileScrubbing, 99));
        report.Add(new ResultRow(Id, $"a live action's answer (DispatchAsync on SQLite) p50 / p99 while {Scrubbers} readers scrub the history (baseline: alone)",
            $"{Figures.Ms(Figures.Percentile(alone, 50))} / {Figures.Ms(aloneP99)}",
            $"{Figures.Ms(Figures.Percentile(whileScrubbing, 50))} / {Figures.Ms(scrubbedP99)}",
            Figures.Ratio(scrubbedP99 / aloneP99), "p99 within 1.10×", scrubbedP99 <= aloneP99 * 1.1));
        await AddFanOutWhileScrubbingAsync(report, quick);
        report.Note($"{Id}: {opens.Count} past moments opened one after another on a store at {Figures.Count(store.Sequence)}; "
            + $"{samples} live counter clicks timed one at a time, alone and then while {Scrubbers} readers opened {Figures.Count(views)} past moments "
            + $"on the same {Environment.ProcessorCount} cores. Disk: {folder.DescribeDisk()}.");
    }

    /// <summary>
    /// S2 at 1,000 circuits, alone and while five readers scrub the store's history: the store
    /// first logs a full in-memory history (20,000 counter actions, snapshots every 10,000), so
    /// each past moment the readers open replays thousands of actions.
    /// </summary>
    private static async Task AddFanOutWhileScrubbingAsync(BenchmarkReport report, bool quick)
    {
        const int Circuits = 1_000;
        await using var farm = await CircuitFarm.StartAsync<CounterPage>(Circuits);
        var history = new ActionOrigin("history", null);
        for (var i = 0; i < MemoryActionLog.MaxActions; i++)
        {
            farm.Store.Dispatch(i % 2 == 0 ? new IncrementCounter() : new DecrementCounter(), history);
        }

        await farm.Store.DispatchAsync(new IncrementCounter(), history);
        await farm.WaitForQuietAsync(TimeSpan.FromMilliseconds(50));
        void Fire() => farm.Store.Dispatch(new IncrementCounter(), ActionOrigin.Server);
        var iterations = quick ? 30 : 100;

        var alone = await FanOutScenario.SampleAsync(farm, Fire, iterations);
        using var stop = new CancellationTokenSource();
        // Within the newest 5,000 actions, which always follow a snapshot the in-memory log still
        // holds (it takes one every 10,000 actions, or one batch more, and keeps 20,000).
        var scrubbing = Enumerable.Range(0, Scrubbers)
            .Select(s => ScrubAsync(farm.Store, new Random(s), farm.Store.Sequence - 5_000, stop.Token)).ToArray();
        var whileScrubbing = await FanOutScenario.SampleAsync(farm, Fire, iterations);
        await stop.CancelAsync();
        var views = (await Task.WhenAll(scrubbing)).Sum();

        var (aloneP99, scrubbedP99) = (Figures.Percentile(alone, 99), Figures.Percentile(whileScrubbing, 99));
        report.Add(new ResultRow(Id, $"S2 fan-out to {Figures.Count(Circuits)} circuits, p50 / p99, while {Scrubbers} readers scrub the history (baseline: alone)",
            $"{Figures.Ms(Figures.Percentile(alone, 50))} / {Figures.Ms(aloneP99)}",
            $"{Figures.Ms(Figures.Percentile(whileScrubbing, 50))} / {Figures.Ms(scrubbedP99)}",
            Figures.Ratio(scrubbedP99 / aloneP99), "p99 within 1.10×", scrubbedP99 <= aloneP99 * 1.1));
        report.Note($"{Id} fan-out: {iterations} samples each way on the in-memory log holding its full {Figures.Count(MemoryActionLog.MaxActions)}-action history; "
            + $"the {Scrubbers} readers opened {Figures.Count(views)} past moments meanwhile.");
    }

    private static async Task<List<double>> LiveLatenciesAsync(SharedStore store, int samples)
    {
        var origin = new ActionOrigin("live-user", "live-tab");
        var latencies = new List<double>(samples);
        for (var i = 0; i < samples; i++)
        {
            var clock = Stopwatch.StartNew();
            await store.DispatchAsync(i % 2 == 0 ? new IncrementCounter() : new DecrementCounter(), origin);
            latencies.Add(clock.Elapsed.TotalMilliseconds);
        }

        return latencies;
    }

    /// <summary>Opens random moments without pause until stopped, as a tab dragging the history slider; returns how many.</summary>
    private static async Task<int> ScrubAsync(SharedStore store, Random random, long earliest, CancellationToken stop)
    {
        var views = 0;
        while (!stop.IsCancellationRequested)
        {
            await store.ViewAtAsync(random.NextInt64(earliest, store.Sequence + 1), CancellationToken.None);
            views++;
        }

        return views;
    }
}
