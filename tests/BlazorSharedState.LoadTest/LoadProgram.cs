using System.Globalization;
using BlazorSharedState.LoadTest.Measuring;
using BlazorSharedState.LoadTest.Scenarios;

namespace BlazorSharedState.LoadTest;

/// <summary>
/// Opens real Blazor Server circuits against the app, without a browser, and measures it:
/// L1 density, L2 fan-out, L3 mixed. Usage (./build.sh load passes the app):
/// <c>BlazorSharedState.LoadTest --app path/BlazorSharedState.Web.dll [--circuits N] [--seconds S] [--arrival-seconds A] [--page /chat/general] [--only L1,L2,L3] [--report file.md]</c>
/// </summary>
internal static class LoadProgram
{
    // The machine is shared and has 2 cores: more circuits than this starve everything else on it.
    private const int MostCircuits = 2_000;

    public static async Task<int> Main(string[] args)
    {
        string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var app = Option("--app");
        if (app is null || !File.Exists(app))
        {
            Console.Error.WriteLine("Usage: BlazorSharedState.LoadTest --app path/BlazorSharedState.Web.dll [--circuits N] [--seconds S] [--arrival-seconds A] [--page /chat/general] [--only L1,L2,L3] [--report file.md]");
            return 2;
        }

        var options = new LoadOptions
        {
            Circuits = Math.Min(MostCircuits, int.Parse(Option("--circuits") ?? "500", CultureInfo.InvariantCulture)),
            Seconds = int.Parse(Option("--seconds") ?? "30", CultureInfo.InvariantCulture),
            ChatPath = Option("--page") ?? "/chat/general",
            ArrivalBudget = TimeSpan.FromSeconds(int.Parse(Option("--arrival-seconds") ?? "60", CultureInfo.InvariantCulture)),
        };
        var only = Option("--only")?.Split(',').ToHashSet(StringComparer.OrdinalIgnoreCase);
        bool Runs(string id) => only is null || only.Contains(id);
        var report = new LoadReport("./build.sh load " + string.Join(' ', args.SkipWhile(a => a == "--app" || a == app)));

        await using (var server = await AppUnderLoad.StartAsync(app))
        {
            Console.WriteLine($"The app runs on {server.BaseUrl} (pid {server.ProcessId}); {options.Circuits} circuits, {options.Seconds} s.");
            if (Runs("L1") || Runs("L2"))
            {
                await using var crowd = await DensityScenario.RunAsync(report, "ours", server.BaseUrl, server.ProcessId, options);
                if (Runs("L2"))
                {
                    await FanOutScenario.RunAsync(report, "ours", server.BaseUrl, crowd, options);
                }
            }

            if (Runs("L3"))
            {
                await MixedScenario.RunAsync(report, server.BaseUrl, server.ProcessId, options);
            }
        }

        report.Write(Option("--report") ?? Path.Combine("artifacts", "load", "load-report.md"));
        return 0;
    }
}
