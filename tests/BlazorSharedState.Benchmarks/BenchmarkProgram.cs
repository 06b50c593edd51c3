using BlazorSharedState.Benchmarks.Hosting;
using BlazorSharedState.Benchmarks.Reporting;
using BlazorSharedState.Benchmarks.Scenarios;
using BlazorSharedState.E2E.Fixtures;
using BlazorSharedState.Testing;

namespace BlazorSharedState.Benchmarks;

/// <summary>
/// Runs every scenario, baseline and ours side by side, and writes docs/benchmarks.md.
/// Usage: ./build.sh bench [--quick] [--only S1,S2,...]; or <c>serve</c>, which runs the app with the
/// baseline pages on a loopback port until stopped (the load program's baseline).
/// </summary>
internal static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args.FirstOrDefault() == "serve")
        {
            return await ServeCommand.RunAsync();
        }

        var quick = args.Contains("--quick");
        var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault()?.Split(',').ToHashSet(StringComparer.OrdinalIgnoreCase);
        bool Runs(string id) => only is null || only.Contains(id);

        var report = new BenchmarkReport("./build.sh bench" + (args.Length > 0 ? " " + string.Join(' ', args) : string.Empty));
        if (Runs("S1"))
        {
            ThroughputScenario.Run(report, quick);
        }

        if (Runs("S2"))
        {
            await FanOutScenario.RunAsync(report, quick);
        }

        if (Runs("S3"))
        {
            await SelectionScenario.RunAsync(report, quick);
        }

        if (Runs("S4"))
        {
            await BurstScenario.RunAsync(report, quick);
        }

        if (Runs("S5") || Runs("S6"))
        {
            await BrowserScenarios.RunAsync(report, RepositoryRoot.Path, quick);
        }

        if (Runs("S7"))
        {
            await SubscriptionMemoryScenario.RunAsync(report);
        }

        if (Runs("S8"))
        {
            await DurableThroughputScenario.RunAsync(report, quick);
        }

        if (Runs("S9"))
        {
            await RecoveryScenario.RunAsync(report, quick);
        }

        if (Runs("S10"))
        {
            await SharedLogThroughputScenario.RunAsync(report, quick);
        }

        if (Runs("S11"))
        {
            await CrossServerLatencyScenario.RunAsync(report, quick);
        }

        if (Runs("S12"))
        {
            await PastViewScenario.RunAsync(report, quick);
        }

        if (Runs("S13"))
        {
            await SelectionCostScenario.RunAsync(report, quick);
        }

        report.Write(Path.Combine(RepositoryRoot.Path, "docs", quick || only is not null ? "benchmarks-partial.md" : "benchmarks.md"));
        return 0;
    }
}
