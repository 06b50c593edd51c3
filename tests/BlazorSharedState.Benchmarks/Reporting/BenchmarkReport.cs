using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace BlazorSharedState.Benchmarks.Reporting;

/// <summary>Collects rows and notes, prints them as they come, and writes docs/benchmarks.md.</summary>
internal sealed class BenchmarkReport(string command)
{
    private readonly List<ResultRow> _rows = [];
    private readonly List<string> _notes = [];
    private readonly DateTimeOffset _started = DateTimeOffset.UtcNow;

    public void Add(ResultRow row)
    {
        _rows.Add(row);
        var met = row.Met switch { true => "met", false => "MISSED", null => "-" };
        Console.WriteLine($"{row.Id} {row.Scenario}: baseline {row.Baseline} | ours {row.Ours} | ratio {row.Ratio} | target {row.Target} [{met}]");
    }

    public void Note(string note)
    {
        _notes.Add(note);
        Console.WriteLine(note);
    }

    public void Write(string path)
    {
        var md = new StringBuilder();
        md.AppendLine("# Benchmarks");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Measured {_started:yyyy-MM-dd HH:mm} UTC with `{command}`.");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture,
            $"Machine: {Environment.ProcessorCount} cores ({ProcessorModel()}), {TotalMemoryGiB():0} GiB, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.ProcessArchitecture}, {(System.Runtime.GCSettings.IsServerGC ? "server GC, as the app runs" : "workstation GC (the app runs server GC)")}.");
        md.AppendLine();
        md.AppendLine("Baseline: the pattern most Blazor apps use today — a singleton service with a C# `event` that every");
        md.AppendLine("component handles with `InvokeAsync(StateHasChanged)` — measured in the same run, so ratios hold on a");
        md.AppendLine("noisy machine. \"Circuits\" are in-process Blazor renderers, each with its own dispatcher and DI scope,");
        md.AppendLine("rendering the app's real components; S5 and S6 use real Chromium against the app on Kestrel.");
        md.AppendLine("Ratio is ours ÷ baseline: below 1 is better for times and counts, above 1 for rates.");
        md.AppendLine("What changed to reach the targets, and the profile behind each miss: [benchmark-findings.md](benchmark-findings.md).");
        md.AppendLine();
        md.AppendLine("| | scenario | baseline | ours | ratio | target | |");
        md.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var row in _rows)
        {
            var met = row.Met switch { true => "met", false => "**missed**", null => "" };
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {row.Id} | {row.Scenario} | {row.Baseline} | {row.Ours} | {row.Ratio} | {row.Target} | {met} |");
        }

        if (_notes.Count > 0)
        {
            md.AppendLine();
            md.AppendLine("## Notes");
            md.AppendLine();
            foreach (var note in _notes)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- {note}");
            }
        }

        md.Append(RealCircuitsSection(path));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, md.ToString());
        Console.WriteLine($"Wrote {path}");
    }

    /// <summary>The figures ./build.sh load measured, recorded by hand below this run's: kept when the run rewrites the file.</summary>
    private static string RealCircuitsSection(string path)
    {
        const string Heading = "## Real circuits (headless Blazor client)";
        var existing = File.Exists(path) ? File.ReadAllText(path) : string.Empty;
        var at = existing.IndexOf(Heading, StringComparison.Ordinal);
        return at < 0 ? string.Empty : Environment.NewLine + existing[at..];
    }

    // Runs on machines of one size can still differ in processor; the report says which it had.
    private static string ProcessorModel()
    {
        const string Key = "model name";
        var line = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith(Key, StringComparison.Ordinal))
            : null;
        return line?[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim() is { Length: > 0 } model ? model : RuntimeInformation.ProcessArchitecture.ToString();
    }

    private static double TotalMemoryGiB() => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
}
