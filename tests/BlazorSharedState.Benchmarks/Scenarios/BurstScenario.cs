using System.Globalization;
using BlazorSharedState.Benchmarks.Baseline;
using BlazorSharedState.Benchmarks.Circuits;
using BlazorSharedState.Benchmarks.Reporting;
using BlazorSharedState.Store;
using BlazorSharedState.Web.Features.Counter;
using Microsoft.AspNetCore.Components;

namespace BlazorSharedState.Benchmarks.Scenarios;

/// <summary>S4: a burst of actions while many circuits watch; every circuit must end on the final state.</summary>
internal static class BurstScenario
{
    public static async Task RunAsync(BenchmarkReport report, bool quick)
    {
        var actions = quick ? 2_000 : 10_000;
        var circuits = quick ? 200 : 1_000;
        var baseline = await MeasureAsync<EventCounterPage>(circuits, actions, farm => farm.Baseline.Increment, farm => farm.Baseline.Value);
        var ours = await MeasureAsync<CounterPage>(circuits, actions,
            farm => () => farm.Store.Dispatch(new IncrementCounter(), ActionOrigin.Server),
            farm => farm.Store.GetState<CounterState>().Value);

        var budget = 0.05 * actions * circuits;
        report.Add(new ResultRow("S4", $"burst of {Figures.Count(actions)} actions, {Figures.Count(circuits)} circuits: renders (time to settle)",
            $"{Figures.Count(baseline.Renders)} ({Figures.Ms(baseline.Milliseconds)})", $"{Figures.Count(ours.Renders)} ({Figures.Ms(ours.Milliseconds)})",
            Figures.Ratio(ours.Renders / baseline.Renders), $"≤ {Figures.Count(budget)} renders, all final", ours.Renders <= budget));
    }

    private static async Task<(double Renders, double Milliseconds)> MeasureAsync<TPage>(
        int circuits, int actions, Func<CircuitFarm, Action> dispatcherFor, Func<CircuitFarm, int> finalValue)
        where TPage : IComponent
    {
        await using var farm = await CircuitFarm.StartAsync<TPage>(circuits);
        var rendersBefore = farm.TotalRenders();
        var dispatch = dispatcherFor(farm);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        for (var i = 0; i < actions; i++)
        {
            dispatch();
        }

        await CircuitFarm.WaitUntilAsync(() => finalValue(farm) == actions);
        await farm.WaitForQuietAsync(TimeSpan.FromMilliseconds(50));
        var settled = farm.Circuits.Max(c => c.LastRenderTimestamp);
        await CircuitChecks.ExpectEveryCircuitShowsAsync(farm, "counter-value", actions.ToString(CultureInfo.InvariantCulture));
        return (farm.TotalRenders() - rendersBefore, System.Diagnostics.Stopwatch.GetElapsedTime(started, settled).TotalMilliseconds);
    }
}
