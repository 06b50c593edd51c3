using BlazorSharedState.Benchmarks.Baseline;
using BlazorSharedState.Benchmarks.Circuits;
using BlazorSharedState.Benchmarks.Reporting;
using BlazorSharedState.Store;
using BlazorSharedState.Web.Features.Counter;
using Microsoft.AspNetCore.Components;

namespace BlazorSharedState.Benchmarks.Scenarios;

/// <summary>S2: one action, N circuits re-rendered; time until the last one has rendered.</summary>
internal static class FanOutScenario
{
    public static async Task RunAsync(BenchmarkReport report, bool quick)
    {
        var perCircuit = new List<string>();
        foreach (var circuits in quick ? [100, 1_000] : new[] { 100, 1_000, 10_000 })
        {
            var iterations = circuits >= 10_000 ? 30 : 100;
            var baseline = await MeasureAsync<EventCounterPage>(circuits, iterations, farm => farm.Baseline.Increment);
            var ours = await MeasureAsync<CounterPage>(circuits, iterations,
                farm => () => farm.Store.Dispatch(new IncrementCounter(), ActionOrigin.Server));

            var (p50, p99) = (Figures.Percentile(ours, 50), Figures.Percentile(ours, 99));
            var (b50, b99) = (Figures.Percentile(baseline, 50), Figures.Percentile(baseline, 99));
            report.Add(new ResultRow("S2", $"fan-out to {Figures.Count(circuits)} circuits, p50 / p99",
                $"{Figures.Ms(b50)} / {Figures.Ms(b99)}", $"{Figures.Ms(p50)} / {Figures.Ms(p99)}",
                Figures.Ratio(p99 / b99), circuits == 1_000 ? "p99 ≤ 20 ms" : "linear in N", circuits == 1_000 ? p99 <= 20 : null));
            perCircuit.Add($"{Figures.Count(circuits)}: {p50 * 1000 / circuits:0.0} µs (baseline {b50 * 1000 / circuits:0.0} µs)");
        }

        report.Note($"S2 cost per circuit (p50 ÷ N): {string.Join("; ", perCircuit)}. Flat per-circuit cost means linear growth.");
    }

    private static readonly TimeSpan SampleSpacing = TimeSpan.FromMilliseconds(20);

    private static async Task<List<double>> MeasureAsync<TPage>(int circuits, int iterations, Func<CircuitFarm, Action> trigger)
        where TPage : IComponent
    {
        await using var farm = await CircuitFarm.StartAsync<TPage>(circuits);
        var fire = trigger(farm);
        var samples = await SampleAsync(farm, fire, iterations);
        await farm.WaitForQuietAsync(TimeSpan.FromMilliseconds(20));
        await CircuitChecks.ExpectEveryCircuitShowsAsync(farm, "counter-value", (5 + iterations).ToString(System.Globalization.CultureInfo.InvariantCulture));
        return samples;
    }

    /// <summary>Five warm-up changes, then <paramref name="iterations"/> timed ones, each until every circuit has rendered it.</summary>
    public static async Task<List<double>> SampleAsync(CircuitFarm farm, Action fire, int iterations)
    {
        for (var i = 0; i < 5; i++)
        {
            await farm.TimeUntilAllRenderedAsync(fire);
        }

        // One isolated change per sample: a change within a display frame of the last waits for
        // the next frame by design, and bursts are what S4 measures.
        var samples = new List<double>(iterations);
        for (var i = 0; i < iterations; i++)
        {
            await Task.Delay(SampleSpacing);
            samples.Add((await farm.TimeUntilAllRenderedAsync(fire)).TotalMilliseconds);
        }

        return samples;
    }
}
