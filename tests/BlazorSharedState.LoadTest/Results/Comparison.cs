using System.Globalization;
using BlazorSharedState.LoadTest.Measuring;

namespace BlazorSharedState.LoadTest.Results;

/// <summary>
/// Ours ÷ the baseline, figure by figure, at each step both reached: the rows that say what the
/// shared store changes against a singleton service with a C# event, on the same machine.
/// </summary>
internal static class Comparison
{
    public static void AddRatios(LoadReport report, TargetFigures ours, TargetFigures baseline)
    {
        foreach (var step in ours.Steps)
        {
            if (baseline.Steps.FirstOrDefault(s => s.Requested == step.Requested) is not { } theirs)
            {
                continue;
            }

            var (o, b) = (step.Density, theirs.Density);
            var at = o.Circuits == b.Circuits
                ? $"{LoadReport.Count(o.Circuits)} circuits"
                : $"{LoadReport.Count(step.Requested)} circuits asked for (ours {LoadReport.Count(o.Circuits)}, baseline {LoadReport.Count(b.Circuits)} arrived)";
            Add(report, "L1", $"{at}: server managed heap per circuit", o.HeapPerCircuit, b.HeapPerCircuit, LoadReport.Bytes);
            Add(report, "L1", $"{at}: server resident memory per circuit", o.ResidentPerCircuit, b.ResidentPerCircuit, LoadReport.Bytes);
            Add(report, "L1", $"{at}: connect rate (above 1: ours connects faster)", o.ConnectRate, b.ConnectRate, rate => LoadReport.Count(rate) + "/s");
            if (step.FanOut is { } ourFanOut && theirs.FanOut is { } theirFanOut)
            {
                Add(report, "L2", $"{at}: fan-out p50", ourFanOut.P50, theirFanOut.P50, LoadReport.Ms);
                Add(report, "L2", $"{at}: fan-out p99", ourFanOut.P99, theirFanOut.P99, LoadReport.Ms);
            }
        }

        if (ours.Mixed is { } ourMix && baseline.Mixed is { } theirMix)
        {
            Add(report, "L3", $"{LoadReport.Count(ourMix.Circuits)} / {LoadReport.Count(theirMix.Circuits)} circuits, counter and chat: action answer p99", ourMix.P99, theirMix.P99, LoadReport.Ms);
        }

        report.Note("Ratios are ours ÷ baseline: below 1, ours uses less memory or answers sooner (for the connect rate, above 1 is better).");
        report.Note("The baseline is the same app with its pages under /baseline, in the same layout (app bar, drawer, MudBlazor) and host settings, " +
            "so what every page carries counts on both sides. Its chat has no presence list, typing notice, flood limit or action log, and re-renders " +
            "its whole message list on any message in any room; its counter only goes up. It runs after ours, against the same load client, warmed up by then.");
    }

    private static void Add(LoadReport report, string id, string what, double? ours, double? baseline, Func<double, string> format)
    {
        var ratio = ours is { } o && baseline is { } b && double.IsFinite(o) && double.IsFinite(b) && b != 0
            ? (o / b).ToString("0.00", CultureInfo.InvariantCulture) + "×"
            : "n/a";
        report.Add(id, $"ours ÷ baseline, {what}", $"{ratio} (ours {Describe(ours, format)}, baseline {Describe(baseline, format)})");
    }

    private static string Describe(double? value, Func<double, string> format) => value is { } v ? format(v) : "not measured";
}
