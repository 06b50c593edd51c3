using BlazorSharedState.Benchmarks.Circuits;
using BlazorSharedState.Benchmarks.Durability;
using BlazorSharedState.Benchmarks.Reporting;
using BlazorSharedState.Store;
using BlazorSharedState.Testing;
using BlazorSharedState.Web.Features.Chat;

namespace BlazorSharedState.Benchmarks.Scenarios;

/// <summary>
/// S11: two servers on one Redis log (appendfsync always), 100 circuits on server two showing a
/// chat room. A message sent on server one, until the last of them has rendered it, against the
/// same message sent on server two itself: what crossing servers through Redis adds.
/// </summary>
internal static class CrossServerLatencyScenario
{
    private const string Id = "S11";
    private const string Room = "cross-server";
    private const int Circuits = 100;
    private const double TargetP99 = 50;

    public static async Task RunAsync(BenchmarkReport report, bool quick)
    {
        var iterations = quick ? 50 : 200;
        await using var redis = await RedisServer.StartNewAsync();
        await using var one = await CircuitFarm.StartAsync<ChatMessageList>(0, configure: RedisLogs.On(redis, "one"));
        await using var two = await CircuitFarm.StartAsync<ChatMessageList>(
            Circuits,
            _ => new Dictionary<string, object?> { ["Room"] = Room },
            farm => ChatRoomSetup.CreateAsync(farm.Store, Room),
            RedisLogs.On(redis, "two"));

        // Each message from another user: the chat's flood limit is per user.
        var sent = 0;
        Action SendOn(SharedStore store) => () =>
            store.Dispatch(new SendMessage(Room, $"message {sent}"), new ActionOrigin($"sender-{Interlocked.Increment(ref sent)}", null));

        var sameServer = await FanOutScenario.SampleAsync(two, SendOn(two.Store), iterations);
        var crossServer = await FanOutScenario.SampleAsync(two, SendOn(one.Store), iterations);
        await two.WaitForQuietAsync(TimeSpan.FromMilliseconds(50));
        await CircuitChecks.ExpectEveryCircuitShowsAsync(two, "chat-message-text", $"message {sent - 1}");

        var (s50, s99) = (Figures.Percentile(sameServer, 50), Figures.Percentile(sameServer, 99));
        var (c50, c99) = (Figures.Percentile(crossServer, 50), Figures.Percentile(crossServer, 99));
        report.Add(new ResultRow(Id,
            $"chat message to {Circuits} circuits on the other server through Redis, p50 / p99; baseline: sent on their own server",
            $"{Figures.Ms(s50)} / {Figures.Ms(s99)}", $"{Figures.Ms(c50)} / {Figures.Ms(c99)}", Figures.Ratio(c99 / s99),
            $"p99 ≤ {TargetP99:0} ms", c99 <= TargetP99));
        report.Note($"{Id}: {iterations} messages each way, 20 ms apart, after 5 warm-up ones; both servers in this process, Redis on loopback "
            + "with appendfsync always; the time runs from the dispatch to the last circuit's render batch.");
    }
}
