using System.Diagnostics;
using BlazorSharedState.E2E.Fixtures;

namespace BlazorSharedState.Benchmarks.Durability;

/// <summary>
/// Process start to serving: the built app launched as its own process (the browser tests'
/// <see cref="AppProcess"/>) on a data folder, timed until <c>GET /</c> answers 200. That
/// fixture polls every 100 ms, so a figure may be up to 100 ms late.
/// </summary>
internal static class ProcessStart
{
    public static async Task<TimeSpan> TimeAsync(string dataDirectory)
    {
        await using var app = new AppProcess(new Dictionary<string, string>
        {
            ["SharedState__Log"] = "Sqlite",
            ["SharedState__DataDirectory"] = dataDirectory,
        });
        var clock = Stopwatch.StartNew();
        await app.StartAsync();
        return clock.Elapsed;
    }
}
