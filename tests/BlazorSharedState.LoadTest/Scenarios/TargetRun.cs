using BlazorSharedState.LoadTest.Measuring;
using BlazorSharedState.LoadTest.Results;

namespace BlazorSharedState.LoadTest.Scenarios;

/// <summary>
/// Every scenario asked for against one server, in its own process, started and stopped here:
/// L1 and L2 in the growing room, then L3. Servers run one after the other, never at once, so
/// neither shares the machine with the other.
/// </summary>
internal static class TargetRun
{
    public static async Task<TargetFigures> RunAsync(LoadReport report, ServerProgram program, LoadTarget target, LoadCommandLine commandLine)
    {
        var figures = new TargetFigures(target.Label);
        var options = commandLine.Options;
        await using var server = await AppUnderLoad.StartAsync(program);
        Console.WriteLine($"{program.Name} ({target.Label}) runs on {server.BaseUrl} (pid {server.ProcessId}); steps of {string.Join(", ", options.Steps.Select(n => LoadReport.Count(n)))} circuits, {options.Seconds} s.");
        if (commandLine.Runs("L1") || commandLine.Runs("L2"))
        {
            await GrowingRoomScenario.RunAsync(report, target, server, options, fanOut: commandLine.Runs("L2"), figures);
        }

        if (commandLine.Runs("L3"))
        {
            figures.Mixed = await MixedScenario.RunAsync(report, target, server, options.Steps[0], options);
        }

        return figures;
    }
}
