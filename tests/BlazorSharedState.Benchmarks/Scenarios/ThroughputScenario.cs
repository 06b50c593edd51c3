using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using BlazorSharedState.Benchmarks.Reporting;

namespace BlazorSharedState.Benchmarks.Scenarios;

/// <summary>Runs S1 under BenchmarkDotNet (in process) and reports actions per second.</summary>
internal static class ThroughputScenario
{
    public static void Run(BenchmarkReport report, bool quick)
    {
        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(quick ? 1 : 3)
            .WithIterationCount(quick ? 3 : 10);
        var config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddLogger(ConsoleLogger.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .WithArtifactsPath(Path.Combine("artifacts", "benchmarkdotnet"))
            .WithOptions(ConfigOptions.DisableOptimizationsValidator);
        var summary = BenchmarkRunner.Run<ThroughputBenchmarks>(config);

        double PerSecond(string method)
        {
            var nanosecondsPerAction = summary.Reports
                .Single(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method)
                .ResultStatistics!.Mean;
            return 1e9 / nanosecondsPerAction;
        }

        Add(report, "1 producer, fire-and-forget", PerSecond(nameof(ThroughputBenchmarks.BaselineOneProducer)),
            PerSecond(nameof(ThroughputBenchmarks.StoreOneProducerFireAndForget)), 2_000_000);
        Add(report, "16 producers awaiting DispatchAsync", PerSecond(nameof(ThroughputBenchmarks.BaselineSixteenProducers)),
            PerSecond(nameof(ThroughputBenchmarks.StoreSixteenProducersAwaiting)), 1_000_000);
    }

    private static void Add(BenchmarkReport report, string what, double baseline, double ours, double target) =>
        report.Add(new ResultRow("S1", $"throughput, trivial reducer: {what}", Figures.Rate(baseline), Figures.Rate(ours),
            Figures.Ratio(ours / baseline), $"≥ {Figures.Rate(target)}", ours >= target));
}
