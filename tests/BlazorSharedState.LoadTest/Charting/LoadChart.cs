using System.Runtime.InteropServices;
using System.Xml.Linq;
using BlazorSharedState.LoadTest.Results;

namespace BlazorSharedState.LoadTest.Charting;

/// <summary>
/// The run as one SVG: L2's fan-out latency and the server's memory per circuit against N, a line
/// per target (ours, the baseline), so the trend over the steps shows at a glance.
/// </summary>
internal static class LoadChart
{
    private const double Width = 1000;
    private const double Height = 520;
    private const double Header = 70;
    private const string XLabel = "idle circuits in the room (N)";

    private static readonly Dictionary<string, string> Colors = new(StringComparer.Ordinal)
    {
        ["ours"] = "#1f6fb4",
        ["baseline"] = "#e07b10",
    };

    public static void Write(string path, IReadOnlyList<TargetFigures> targets, string command)
    {
        var latency = new ChartPanel("L2 fan-out: Send → the last circuit's batch", "ms",
        [
            .. targets.SelectMany(t => new[]
            {
                SeriesOf(t, "p50", dashed: false, s => s.FanOut?.P50),
                SeriesOf(t, "p99", dashed: true, s => s.FanOut?.P99),
            }),
        ]);
        var memory = new ChartPanel("L1 server memory per circuit", "KiB",
        [
            .. targets.SelectMany(t => new[]
            {
                SeriesOf(t, "resident (VmRSS)", dashed: false, s => s.Density.ResidentPerCircuit / 1024),
                SeriesOf(t, "managed heap", dashed: true, s => s.Density.HeapPerCircuit / 1024),
            }),
        ]);
        var x = NiceScale.UpTo(targets.SelectMany(t => t.Steps).Select(s => (double)s.Density.Circuits).DefaultIfEmpty(0).Max());
        var panelWidth = Width / 2;

        var title = $"BlazorSharedState under load: {string.Join(" vs ", targets.Select(t => t.Label))}";
        var machine = $"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC · {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version} · the load client shares the cores";
        var svg = Svg.Element("svg",
            new XAttribute("width", Width), new XAttribute("height", Height), new XAttribute("viewBox", $"0 0 {Width} {Height}"),
            new XAttribute("font-family", "sans-serif"),
            Svg.Element("rect", new XAttribute("width", "100%"), new XAttribute("height", "100%"), new XAttribute("fill", "white")),
            Svg.Text(Width / 2, 22, title, anchor: "middle", size: 15, weight: "bold"),
            Svg.Text(Width / 2, 42, machine, anchor: "middle", size: 11),
            Svg.Text(Width / 2, 58, command, anchor: "middle", size: 11),
            latency.Render(0, Header, panelWidth, Height - Header, x, XLabel),
            memory.Render(panelWidth, Header, panelWidth, Height - Header, x, XLabel));

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        new XDocument(new XDeclaration("1.0", "utf-8", null), svg).Save(path);
        Console.WriteLine($"Wrote {path}");
    }

    private static ChartSeries SeriesOf(TargetFigures target, string figure, bool dashed, Func<StepFigures, double?> valueOf) => new(
        $"{target.Label} {figure}",
        Colors.GetValueOrDefault(target.Label, "#555"),
        dashed,
        [.. target.Steps.Select(s => (s.Density.Circuits, Value: valueOf(s)))
            .Where(p => p.Value is { } v && double.IsFinite(v))
            .Select(p => new ChartPoint(p.Circuits, p.Value!.Value))]);
}
