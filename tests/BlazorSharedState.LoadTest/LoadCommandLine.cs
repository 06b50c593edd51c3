using System.Globalization;
using BlazorSharedState.LoadTest.Scenarios;

namespace BlazorSharedState.LoadTest;

/// <summary>The load program's arguments, read and checked.</summary>
internal sealed record LoadCommandLine(
    string AppDll, string? BaselineDll, string Page, LoadOptions Options, IReadOnlySet<string>? Only, string ReportPath, string ChartPath, string Echo)
{
    public const string Usage = """
        Usage: BlazorSharedState.LoadTest --app path/BlazorSharedState.Web.dll [options]
          --baseline path/BlazorSharedState.Benchmarks.dll  then the same against the baseline it serves, and ours ÷ baseline
          --circuits N or N1,N2,...  the room's size, or the sizes it grows through, smallest first (500); L3 runs at the first
          --seconds S                messages L2 sends at each step, one a second; how long L3 acts (30)
          --arrival-seconds A        the first step's arrival budget; later steps get as long per arrival (60)
          --page /chat/general       the room of L1 and L2 (the baseline's is the same under /baseline)
          --only L1,L2,L3            the scenarios to run (all)
          --report file.md, --chart file.svg  where to write (artifacts/load/load-report.md, the chart beside it)
        """;

    public bool Runs(string id) => Only is null || Only.Contains(id);

    /// <summary>Reads <paramref name="args"/>; throws <see cref="ArgumentException"/> saying what is wrong.</summary>
    public static LoadCommandLine Parse(string[] args)
    {
        string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var app = Option("--app");
        if (app is null || !File.Exists(app))
        {
            throw new ArgumentException($"The app ({app ?? "--app"}) was not found.");
        }

        var baseline = Option("--baseline");
        if (baseline is not null && !File.Exists(baseline))
        {
            throw new ArgumentException($"The baseline host ({baseline}) was not found.");
        }

        var page = Option("--page") ?? "/chat/general";
        if (baseline is not null && !LoadTarget.BaselineHas(page))
        {
            throw new ArgumentException($"The baseline has no page like {page}: it has /counter and /chat/{{room}} under /baseline.");
        }

        var report = Option("--report") ?? Path.Combine("artifacts", "load", "load-report.md");
        return new LoadCommandLine(
            app,
            baseline,
            page,
            new LoadOptions
            {
                Steps = StepsOf(Option("--circuits") ?? "500"),
                Seconds = int.Parse(Option("--seconds") ?? "30", CultureInfo.InvariantCulture),
                ArrivalBudget = TimeSpan.FromSeconds(int.Parse(Option("--arrival-seconds") ?? "60", CultureInfo.InvariantCulture)),
            },
            Option("--only")?.Split(',').ToHashSet(StringComparer.OrdinalIgnoreCase),
            report,
            Option("--chart") ?? Path.ChangeExtension(report, ".svg"),
            EchoOf(args, baseline is not null));
    }

    /// <summary>"1000,5000,10000": the room's sizes, smallest first; one number is one step.</summary>
    private static int[] StepsOf(string list)
    {
        var steps = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(step => int.TryParse(step, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
                ? n
                : throw new ArgumentException($"--circuits takes whole numbers above 0, comma-separated: {list}"))
            .Distinct().Order().ToArray();
        return steps.Length > 0 ? steps : throw new ArgumentException("--circuits needs at least one number.");
    }

    /// <summary>The command as ./build.sh takes it: without the paths it adds itself.</summary>
    private static string EchoOf(string[] args, bool withBaseline)
    {
        var given = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "--app" or "--baseline")
            {
                i++;
                continue;
            }

            given.Add(args[i]);
        }

        if (!withBaseline)
        {
            given.Add("--no-baseline");
        }

        return string.Join(' ', ["./build.sh load", .. given]);
    }
}
