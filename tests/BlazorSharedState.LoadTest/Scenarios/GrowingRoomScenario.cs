using BlazorSharedState.LoadTest.Measuring;
using BlazorSharedState.LoadTest.Results;

namespace BlazorSharedState.LoadTest.Scenarios;

/// <summary>
/// L1 and L2 at each step of N in one room: the crowd grows to the step's size (no circuit is
/// reopened), L1 measures it, L2 sends into it, then the next step's circuits arrive. It stops
/// growing when a step's crowd does not fully arrive in its budget, a tab fails, or a message
/// does not reach every circuit: the server no longer keeps up, and a bigger room says no more.
/// </summary>
internal static class GrowingRoomScenario
{
    public static async Task RunAsync(LoadReport report, LoadTarget target, AppUnderLoad server, LoadOptions options, bool fanOut, TargetFigures figures)
    {
        var label = target.Label;
        await using var room = await RoomCrowd.OpenAsync(server, target.RoomPath, withSenders: fanOut);
        for (var step = 0; step < options.Steps.Count; step++)
        {
            var requested = options.Steps[step];
            DensityFigures density;
            FanOutFigures? fanOutFigures;
            try
            {
                density = await DensityScenario.GrowAsync(report, label, room, requested, options);
                if (density.Circuits == 0)
                {
                    report.Note($"L1 {label}: no circuit arrived for the step of {LoadReport.Count(requested)}: {density.Arrival.Shortfall}.");
                    return;
                }

                fanOutFigures = fanOut ? await FanOutScenario.RunAsync(report, label, room, options) : null;
            }
            catch (Exception e) when (server.Ended is { } ended)
            {
                // A server that dies under the crowd (out of memory, say) is a result, not a crash of the run.
                report.Note($"L1/L2 {label}: the server {ended} during the step of {LoadReport.Count(requested)} circuits, with {LoadReport.Count(room.Arrived)} open ({e.Message}); the steps before it stand.");
                return;
            }

            figures.Steps.Add(new StepFigures(requested, density, fanOutFigures));
            if (WhyStop(density.Arrival, room.Failures(), fanOutFigures) is not { } why)
            {
                continue;
            }

            var rest = options.Steps.Skip(step + 1).Select(n => LoadReport.Count(n)).ToList();
            report.Note(rest.Count > 0
                ? $"L1/L2 {label}: stopped growing the room at {LoadReport.Count(density.Circuits)} circuits, before the steps of {string.Join(", ", rest)}: {why}."
                : $"L1/L2 {label}: at the last step, {why}.");
            return;
        }
    }

    private static string? WhyStop(Arrival arrival, (int Count, string? First) failures, FanOutFigures? fanOut)
    {
        var reasons = new List<string>();
        if (arrival.Shortfall is { } shortfall)
        {
            reasons.Add(shortfall);
        }

        if (failures.Count > 0)
        {
            reasons.Add($"{failures.Count} open tabs failed (the first: {failures.First})");
        }

        if (fanOut is { Missed: > 0 } missing)
        {
            reasons.Add($"{missing.Missed} messages did not reach every circuit in time");
        }

        return reasons.Count > 0 ? string.Join("; ", reasons) : null;
    }
}
