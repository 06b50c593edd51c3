using System.Diagnostics;
using BlazorSharedState.LoadTest.Measuring;
using BlazorSharedState.LoadTest.Results;

namespace BlazorSharedState.LoadTest.Scenarios;

/// <summary>
/// L2: one chat message a second into the room the crowd sits in; for each, the time from the
/// click on Send to the batch carrying it at the last of the room's idle tabs. Two users take
/// turns to send, so neither comes near the room's flood limit (five messages in five seconds).
/// </summary>
internal static class FanOutScenario
{
    private const int WarmUpMessages = 2;
    private static readonly TimeSpan DeliveryTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan IdleWindow = TimeSpan.FromSeconds(10);

    public static async Task<FanOutFigures> RunAsync(LoadReport report, string label, RoomCrowd room, LoadOptions options)
    {
        var watchers = room.Watchers.ToList();
        var senders = room.Senders;
        using var arrivals = new MessageArrivals(watchers);

        var latencies = new List<double>();
        var missed = 0;
        var run = Guid.NewGuid().ToString("N")[..6];
        var cpu = CpuWatch.Start(room.Server.ProcessId);
        var sending = Stopwatch.StartNew();
        for (var i = 0; i < options.Seconds + WarmUpMessages; i++)
        {
            var second = Stopwatch.StartNew();
            var text = $"fan-out {run} {i}";
            arrivals.Expect(text);
            var sender = senders[i % senders.Count];
            long sent;
            try
            {
                await sender.TypeAsync("chat-input", text);
                sent = Stopwatch.GetTimestamp();
                await sender.ClickAsync("chat-send");
            }
            catch (TimeoutException unanswered)
            {
                // A server too busy to answer the sender is this step's result, not the run's end.
                missed += options.Seconds + WarmUpMessages - i;
                report.Note($"L2 {label}: the room of {LoadReport.Count(watchers.Count)} stopped answering: {unanswered.Message}");
                break;
            }

            var last = await arrivals.LastArrivalAsync(DeliveryTimeout);
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

        var sendingCpu = cpu.Stop();
        var took = sending.Elapsed;
        // The room's upkeep, measured once the messages have settled: what is left of the sending
        // window's CPU after it is what the messages cost.
        await Task.Delay(TimeSpan.FromSeconds(2));
        var quiet = CpuWatch.Start(room.Server.ProcessId);
        await Task.Delay(IdleWindow);
        var figures = new FanOutFigures(watchers.Count, latencies, missed, sendingCpu, quiet.Stop(), options.Seconds + WarmUpMessages, took);
        report.Add("L2", $"{label}: one message a second into a room of {LoadReport.Count(watchers.Count)} circuits: click on Send → the last circuit's batch carrying it, p50 / p99 ({latencies.Count} messages)",
            $"{LoadReport.Ms(figures.P50)} / {LoadReport.Ms(figures.P99)} (max {LoadReport.Ms(figures.Max)})");
        report.Add("L2", $"{label}: CPU while sending into the room of {LoadReport.Count(watchers.Count)}; at idle just after ({IdleWindow.TotalSeconds:0} s); per message, over that idle upkeep",
            $"{figures.Cpu}; {figures.Idle}; server {LoadReport.Ms(figures.ServerMsPerMessage)} / load client {LoadReport.Ms(figures.ClientMsPerMessage)}");
        if (missed > 0)
        {
            report.Note($"L2 {label}: {missed} messages did not reach every circuit within {DeliveryTimeout.TotalSeconds:0} s.");
        }

        return figures;
    }
}
