using System.Diagnostics;
using BlazorSharedState.LoadTest.Client;
using BlazorSharedState.LoadTest.Measuring;

namespace BlazorSharedState.LoadTest.Scenarios;

/// <summary>
/// L2: one chat message a second into the room the crowd sits in; for each, the time from the
/// click on Send to the batch carrying it at the last of the N tabs. Two users take turns to
/// send, so neither comes near the room's flood limit (five messages in five seconds).
/// </summary>
internal static class FanOutScenario
{
    private const int WarmUpMessages = 2;

    public static async Task RunAsync(LoadReport report, string label, Uri baseUrl, Crowd crowd, LoadOptions options)
    {
        var watchers = crowd.Tabs.ToList();
        HeadlessTab[] senders = [await crowd.ArriveOneAsync(baseUrl, options.ChatPath), await crowd.ArriveOneAsync(baseUrl, options.ChatPath)];
        await Quiet.SettleAsync(watchers, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
        using var arrivals = new MessageArrivals(watchers);

        var latencies = new List<double>();
        var missed = 0;
        var run = Guid.NewGuid().ToString("N")[..6];
        for (var i = 0; i < options.Seconds + WarmUpMessages; i++)
        {
            var second = Stopwatch.StartNew();
            var text = $"fan-out {run} {i}";
            arrivals.Expect(text);
            var sender = senders[i % senders.Length];
            await sender.TypeAsync("chat-input", text);
            var sent = Stopwatch.GetTimestamp();
            await sender.ClickAsync("chat-send");
            var last = await arrivals.LastArrivalAsync(TimeSpan.FromSeconds(10));
            if (i >= WarmUpMessages)
            {
                if (last is { } arrived)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(sent, arrived).TotalMilliseconds);
                }
                else
                {
                    missed++;
                }
            }

            // One message a second.
            var rest = TimeSpan.FromSeconds(1) - second.Elapsed;
            if (rest > TimeSpan.Zero)
            {
                await Task.Delay(rest);
            }
        }

        report.Add("L2", $"{label}: one message a second into a room of {LoadReport.Count(watchers.Count)} circuits: click on Send → the last circuit's batch carrying it, p50 / p99 ({latencies.Count} messages)",
            $"{LoadReport.Ms(Percentiles.Of(latencies, 50))} / {LoadReport.Ms(Percentiles.Of(latencies, 99))} (max {LoadReport.Ms(latencies.DefaultIfEmpty(double.NaN).Max())})");
        if (missed > 0)
        {
            report.Note($"L2 {label}: {missed} messages did not reach every circuit within 10 s.");
        }

        DensityScenario.ReportFailures(report, "L2", label, crowd);
    }
}
