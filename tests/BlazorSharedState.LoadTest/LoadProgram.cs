using BlazorSharedState.LoadTest.Charting;
using BlazorSharedState.LoadTest.Measuring;
using BlazorSharedState.LoadTest.Results;
using BlazorSharedState.LoadTest.Scenarios;

namespace BlazorSharedState.LoadTest;

/// <summary>
/// Opens real Blazor Server circuits against the app, without a browser, and measures it:
/// L1 density, L2 fan-out, L3 mixed; then, given the benchmarks program, the same against the
/// naive singleton-event baseline it serves, and ours ÷ baseline. Usage (./build.sh load passes
/// the app and the baseline): see <see cref="LoadCommandLine.Usage"/>.
/// </summary>
internal static class LoadProgram
{
    public static async Task<int> Main(string[] args)
    {
        LoadCommandLine commandLine;
        try
        {
            commandLine = LoadCommandLine.Parse(args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(LoadCommandLine.Usage);
            return 2;
        }

        var steps = commandLine.Options.Steps;
        var largest = Math.Max(commandLine.Runs("L1") || commandLine.Runs("L2") ? steps[^1] : 0, commandLine.Runs("L3") ? steps[0] : 0);
        if (CircuitGuard.RefusalFor(largest) is { } refusal)
        {
            Console.Error.WriteLine(refusal);
            return 2;
        }

        var report = new LoadReport(commandLine.Echo);
        var comparing = commandLine.BaselineDll is not null;
        List<TargetFigures> targets =
            [await TargetRun.RunAsync(report, ServerProgram.App(commandLine.AppDll), LoadTarget.Ours(commandLine.Page, withGameTables: !comparing), commandLine)];
        if (commandLine.BaselineDll is { } baselineDll)
        {
            if (commandLine.Runs("L3"))
            {
                report.Note("L3 ours runs counter and chat only, as the baseline has no game: the mixes are the same on both.");
            }

            targets.Add(await TargetRun.RunAsync(report, ServerProgram.Baseline(baselineDll), LoadTarget.Baseline(commandLine.Page), commandLine));
            Comparison.AddRatios(report, targets[0], targets[1]);
        }

        // The chart is of L1 and L2 against N; an L3-only run has nothing to draw.
        if (targets.Any(t => t.Steps.Count > 0))
        {
            LoadChart.Write(commandLine.ChartPath, targets, commandLine.Echo);
            report.Chart(commandLine.ChartPath);
        }

        report.Write(commandLine.ReportPath);
        return 0;
    }
}
