using BlazorSharedState.Benchmarks.Durability;
using BlazorSharedState.Benchmarks.Reporting;
using BlazorSharedState.Testing;

namespace BlazorSharedState.Benchmarks.Scenarios;

/// <summary>
/// S10: two stores sharing one Redis log, 16 awaiting producers each, trivial reducer: the
/// actions per second both answer together. The floor, taking turns with them window by
/// window: the same entries through a bare client's pipelined <c>XADD</c>s. Redis runs with
/// <c>appendfsync always</c> (loses nothing accepted) and <c>everysec</c> (may lose the last second).
/// </summary>
internal static class SharedLogThroughputScenario
{
    private const string Id = "S10";
    private const double Target = 50_000;

    public static async Task RunAsync(BenchmarkReport report, bool quick)
    {
        var plan = RatePlan.For(quick);
        foreach (var fsync in (string[])["always", "everysec"])
        {
            await using var redis = await RedisServer.StartNewAsync(fsync);
            await using var one = new MeasuredStore(RedisLogs.On(redis, "one"));
            await using var two = new MeasuredStore(RedisLogs.On(redis, "two"));
            await Task.WhenAll(one.WarmUpAsync(plan.Warmup), two.WarmUpAsync(plan.Warmup));
            await RedisFloor.RunAsync(redis, plan.FloorActions / 4);
            var floorRates = new List<double>();
            for (var i = 0; i < plan.Repetitions; i++)
            {
                await Task.WhenAll(one.MeasureAsync(plan.Window), two.MeasureAsync(plan.Window));
                floorRates.Add(await RedisFloor.RunAsync(redis, plan.FloorActions));
            }

            var (first, second) = (one.Result(), two.Result());
            var combined = new MeasuredRates([.. first.Rates.Zip(second.Rates, (a, b) => a + b)], (first.MeanBatch + second.MeanBatch) / 2);
            var floor = new MeasuredRates(floorRates, 1);
            var share = combined.Median / floor.Median;
            report.Add(new ResultRow(Id,
                $"shared log on Redis (appendfsync {fsync}), 2 stores × 16 producers awaiting DispatchAsync, trivial reducer; floor: the same entries as pipelined XADDs",
                Figures.Rate(floor.Median), Figures.Rate(combined.Median), Figures.Ratio(share), $"≥ {Figures.Rate(Target)} combined", combined.Median >= Target));
            report.Note($"{Id} appendfsync {fsync}: median of {plan.Repetitions} windows of {plan.Window.TotalSeconds:0} s (combined {combined.Spread}; "
                + $"store one {Figures.Rate(first.Median)}, store two {Figures.Rate(second.Median)}); mean batch per script call "
                + $"{first.MeanBatch:0.0} and {second.MeanBatch:0.0}; floor {Figures.Count(plan.FloorActions)} XADDs, 1,000 in flight ({floor.Spread}).");
        }
    }
}
