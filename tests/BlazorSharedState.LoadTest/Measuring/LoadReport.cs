using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace BlazorSharedState.LoadTest.Measuring;

/// <summary>
/// The figures of one run: printed as they come, and written as a Markdown section (the machine,
/// the command, a table) for docs/benchmarks.md.
/// </summary>
internal sealed class LoadReport(string command)
{
    private readonly List<string> _rows = [];
    private readonly List<string> _notes = [];
    private string? _chart;

    public void Add(string id, string scenario, string figure)
    {
        Console.WriteLine($"{id} {scenario}: {figure}");
        _rows.Add($"| {id} | {scenario} | {figure} |");
    }

    public void Note(string note)
    {
        Console.WriteLine(note);
        _notes.Add($"- {note}");
    }

    /// <summary>Shows the chart at <paramref name="path"/> below the table.</summary>
    public void Chart(string path) => _chart = path;

    public void Write(string path)
    {
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC with `{command}`.");
        md.AppendLine(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}; the load client runs on the same cores.");
        md.AppendLine();
        md.AppendLine("| | scenario | figure |");
        md.AppendLine("|---|---|---|");
        _rows.ForEach(row => md.AppendLine(row));
        md.AppendLine();
        _notes.ForEach(note => md.AppendLine(note));
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (_chart is not null)
        {
            md.AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture, $"![Fan-out latency and memory per circuit against N]({Path.GetRelativePath(folder, Path.GetFullPath(_chart))})");
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(path, md.ToString());
        Console.WriteLine($"Wrote {path}");
    }

    public static string Ms(double milliseconds) => milliseconds.ToString("0.0", CultureInfo.InvariantCulture) + " ms";

    public static string Bytes(double bytes) => bytes switch
    {
        >= 10L * 1024 * 1024 * 1024 => (bytes / 1024 / 1024 / 1024).ToString("0.00", CultureInfo.InvariantCulture) + " GiB",
        >= 1024 * 1024 => (bytes / 1024 / 1024).ToString("0.0", CultureInfo.InvariantCulture) + " MiB",
        >= 1024 => (bytes / 1024).ToString("0.0", CultureInfo.InvariantCulture) + " KiB",
        _ => bytes.ToString("0", CultureInfo.InvariantCulture) + " B",
    };

    public static string Count(double value) => value.ToString("#,0.#", CultureInfo.InvariantCulture);
}
