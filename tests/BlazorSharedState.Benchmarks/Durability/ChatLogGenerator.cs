using System.Diagnostics;
using BlazorSharedState.Benchmarks.Scenarios;
using BlazorSharedState.Store;
using BlazorSharedState.Store.Blazor.Circuits;
using BlazorSharedState.Web.Features.Chat;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BlazorSharedState.Benchmarks.Durability;

/// <summary>
/// Fills a SQLite log with the app's own chat traffic through a real store, so every row is
/// what the app writes: 40 tabs, each a user awaiting its dispatches as a circuit does, open,
/// then in turn enter a room, type once and send eight messages; the typing effect adds its
/// expiries. The clock steps a second per stamp, so the traffic spans about two weeks.
/// </summary>
internal static class ChatLogGenerator
{
    /// <summary>The traffic in a few words, for the report.</summary>
    public const string Traffic = "40 tabs in 10 rooms (each enters a room, types once, sends eight; the typing effect's expiries)";

    private const int Tabs = 40;

    private static readonly string[] Rooms = [.. ChatState.StartingRooms, .. Enumerable.Range(3, 8).Select(i => $"room-{i}")];

    private static readonly string[] Lines =
    [
        "Morning all!",
        "Has anyone tried the new build yet? The start-up feels quicker here.",
        "Lunch in ten minutes, who's in?",
        "I pushed the fix for the flaky test; it was a race between the timer and the render.",
        "ok",
        "Can someone review my change before the meeting? It touches the room list and the unread counts, so it's worth a second pair of eyes.",
        "Thanks, that did it.",
        "Back in five.",
    ];

    public static async Task<GeneratedChatLog> GenerateAsync(string path, long actions)
    {
        // A million steps of a second and the effects' readings end a few days ago: the log is
        // within the default 30-day retention when a recovering store reads it with the real clock.
        var clock = new SteppingClock(DateTimeOffset.UtcNow - TimeSpan.FromDays(20), TimeSpan.FromSeconds(1));
        var host = AppStore.OnSqlite(path, services =>
        {
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
            // Nothing may leave the log: the scenario replays all of it from the first action.
            services.Configure<ActionLogOptions>(o => (o.RetainActions, o.RetainAge) = (long.MaxValue, TimeSpan.FromDays(3650)));
            CountingActionLog.Decorate(services);
        });
        var elapsed = Stopwatch.StartNew();
        int rejected;
        AppendCounts appends;
        long sequence;
        await using (host)
        {
            var store = host.Store;
            await store.StartAsync();
            foreach (var room in Rooms.Except(ChatState.StartingRooms))
            {
                await ChatRoomSetup.CreateAsync(store, room);
            }

            var tabs = Enumerable.Range(0, Tabs).Select(tab => Task.Run(() => RunTabAsync(store, tab, actions)));
            rejected = (await Task.WhenAll(tabs)).Sum();
            while (store.RunningEffects > 0 || store.QueueLength > 0)
            {
                await Task.Delay(5);
            }

            appends = host.GetRequiredService<CountingActionLog>().Counts;
            sequence = store.Sequence;
        }

        return new GeneratedChatLog(path, sequence, rejected, elapsed.Elapsed, appends.MeanBatchSince(default));
    }

    private static async Task<int> RunTabAsync(SharedStore store, int tab, long actions)
    {
        var origin = new ActionOrigin($"user-{tab}", $"tab-{tab}");
        var rejected = 0;
        await store.DispatchAsync(new CircuitOpened(), origin);
        for (var step = 0; store.Sequence < actions; step++)
        {
            var result = await store.DispatchAsync(ActionAt(tab, step), origin);
            rejected += result.IsAccepted ? 0 : 1;
        }

        return rejected;
    }

    /// <summary>A tab's round of ten steps: enter a room, send, type once, send; then on to the next room.</summary>
    private static object ActionAt(int tab, int step)
    {
        var room = Rooms[(tab + (step / 10)) % Rooms.Length];
        return (step % 10) switch
        {
            0 => new EnterRoom(room),
            4 => new StartTyping(room),
            _ => new SendMessage(room, $"{Lines[((tab * 3) + step) % Lines.Length]} ({step / 10})"),
        };
    }
}
