using BlazorSharedState.Benchmarks.Baseline;
using BlazorSharedState.Benchmarks.Circuits;
using BlazorSharedState.Benchmarks.Reporting;
using BlazorSharedState.Store;
using BlazorSharedState.Web.Features.Chat;
using Microsoft.AspNetCore.Components;

namespace BlazorSharedState.Benchmarks.Scenarios;

/// <summary>S3: circuits spread over 10 chat rooms; messages in one room must not re-render the others' lists.</summary>
internal static class SelectionScenario
{
    private const int Rooms = 10;
    private const int Messages = 20;

    public static async Task RunAsync(BenchmarkReport report, bool quick)
    {
        var circuits = quick ? 200 : 1_000;
        var baseline = await MeasureAsync<EventChatMessageList>(circuits, farm => Task.CompletedTask,
            (farm, i) => farm.BaselineChat.Send(RoomName(0), $"sender-{i}", $"message {i}"));
        var ours = await MeasureAsync<ChatMessageList>(circuits, CreateRoomsAsync,
            (farm, i) => farm.Store.Dispatch(new SendMessage(RoomName(0), $"message {i}"), new ActionOrigin($"sender-{i}", null)));

        report.Add(new ResultRow("S3", $"selection: {Messages} messages in 1 of {Rooms} rooms, {Figures.Count(circuits)} circuits: message-list renders in the other rooms",
            Figures.Count(baseline.Others), Figures.Count(ours.Others), Figures.Ratio(ours.Others / Math.Max(1, baseline.Others)), "0", ours.Others == 0));
        report.Note($"S3 message-list renders in the room that got the messages: baseline {Figures.Count(baseline.Target)}, ours {Figures.Count(ours.Target)} " +
            $"({Figures.Count(circuits / Rooms)} circuits × {Messages} messages at most; fewer means bursts were coalesced).");
    }

    private static string RoomName(int index) => $"room-{index}";

    private static async Task CreateRoomsAsync(CircuitFarm farm)
    {
        for (var room = 0; room < Rooms; room++)
        {
            var result = await farm.Store.DispatchAsync(new CreateRoom(RoomName(room)), ActionOrigin.Server);
            if (!result.IsAccepted)
            {
                throw new InvalidOperationException($"Could not create {RoomName(room)}: {result.Reason}");
            }
        }
    }

    private static async Task<(double Target, double Others)> MeasureAsync<TList>(
        int circuits, Func<CircuitFarm, Task> prepare, Action<CircuitFarm, int> send)
        where TList : IComponent
    {
        await using var farm = await CircuitFarm.StartAsync<TList>(circuits,
            i => new Dictionary<string, object?> { ["Room"] = RoomName(i % Rooms) }, prepare);
        await farm.WaitForQuietAsync(TimeSpan.FromMilliseconds(50));
        var before = farm.Circuits.Select(c => c.RootRenders).ToArray();

        for (var i = 0; i < Messages; i++)
        {
            send(farm, i);
        }

        var inTarget = Enumerable.Range(0, circuits).Where(i => i % Rooms == 0).ToArray();
        await CircuitFarm.WaitUntilAsync(() => inTarget.All(i => farm.Circuits[i].RootRenders > before[i]));
        await farm.WaitForQuietAsync(TimeSpan.FromMilliseconds(100));
        await CircuitChecks.ExpectEveryCircuitShowsAsync(inTarget.Select(i => farm.Circuits[i]), "chat-message-text", $"message {Messages - 1}");

        var delta = farm.Circuits.Select((c, i) => (Room: i % Rooms, Renders: c.RootRenders - before[i])).ToArray();
        return (delta.Where(d => d.Room == 0).Sum(d => d.Renders), delta.Where(d => d.Room != 0).Sum(d => d.Renders));
    }
}
