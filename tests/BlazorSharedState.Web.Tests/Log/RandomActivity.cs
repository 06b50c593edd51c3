using BlazorSharedState.Store;
using BlazorSharedState.Store.Blazor.Circuits;
using BlazorSharedState.Web.Features.Chat;
using BlazorSharedState.Web.Features.Counter;
using BlazorSharedState.Web.Features.Game;
using BlazorSharedState.Web.Features.Housekeeping;
using BlazorSharedState.Web.Features.Profiles;

namespace BlazorSharedState.Web.Tests.Log;

/// <summary>
/// Random traffic of the app's real actions from a few users in a few tabs: legal and illegal
/// moves, messages, deletes, rooms, names, tabs opening, dropping and closing.
/// </summary>
internal sealed class RandomActivity(int seed)
{
    private static readonly string[] Users = ["alice", "bob", "carol"];
    private static readonly string[] Rooms = ["general", "random", "book-club", "Not A Room"];

    private readonly Random _random = new(seed);
    private long _lastSequence;

    /// <summary>Accepted actions by type name, so a test can check the run covered what it meant to.</summary>
    public Dictionary<string, int> Accepted { get; } = [];

    /// <summary>How many actions were rejected.</summary>
    public int Rejected { get; private set; }

    /// <summary>Every action type the activity dispatches, so a test can tell when the app gains one it doesn't.</summary>
    public static IReadOnlyList<object> OneOfEach(long sequence, string tableId) =>
    [
        new CircuitOpened(), new CircuitDisconnected(), new CircuitReconnected(), new CircuitClosed(), new ServerStarted(), new ServerGone(Environment.MachineName),
        new CreateRoom("book-club"), new DeleteRoom("book-club"), new TidyUp(), new SendMessage("general", "hi <b>there</b>"), new DeleteMessage("general", sequence),
        new StartTyping("general"), new ExpireTyping("general"), new EnterRoom("general"), new LeaveRoom("general"),
        new SetNickname("Alice ✨"), new IncrementCounter(), new DecrementCounter(), new ResetCounter(),
        new CreateTable(), new TakeSeat(tableId, Disc.Yellow), new LeaveSeat(tableId), new DropDisc(tableId, 3),
        new Rematch(tableId), new ClaimWin(tableId), new WatchTable(tableId), new StopWatching(tableId),
    ];

    /// <summary>Dispatches <paramref name="count"/> random actions, moving the clock a little between them.</summary>
    public async Task RunAsync(SharedStore store, Microsoft.Extensions.Time.Testing.FakeTimeProvider time, int count)
    {
        for (var i = 0; i < count; i++)
        {
            time.Advance(TimeSpan.FromMilliseconds(_random.Next(0, 3_000)));
            var user = Pick(Users);
            var origin = new ActionOrigin(user, $"{user}-tab-{_random.Next(2)}");
            var action = NextAction(store, user);
            var result = await store.DispatchAsync(action, origin);
            _lastSequence = result.Sequence;
            if (result.IsAccepted)
            {
                Accepted[action.GetType().Name] = Accepted.GetValueOrDefault(action.GetType().Name) + 1;
            }
            else
            {
                Rejected++;
            }
        }
    }

    private object NextAction(SharedStore store, string user)
    {
        var tableId = store.GetState<GameState>().Tables.Keys.Order(StringComparer.Ordinal).LastOrDefault() ?? "1";
        var actions = OneOfEach(_random.Next(1, (int)Math.Max(2, _lastSequence)), tableId);
        // Chat and game moves come most often, as they do in use.
        return _random.Next(4) switch
        {
            0 => new SendMessage(Pick(Rooms), $"message {_random.Next(1_000)}"),
            1 => new DropDisc(tableId, _random.Next(-1, 8)),
            2 => new EnterRoom(Pick(Rooms)),
            _ => actions[_random.Next(actions.Count)] switch
            {
                TakeSeat seat => seat with { Seat = _random.Next(2) == 0 ? Disc.Red : Disc.Yellow },
                CreateRoom room => room with { Name = Pick(Rooms) },
                DeleteRoom room => room with { Name = Pick(Rooms) },
                DeleteMessage delete => OwnMessage(store, user) is { } own ? new DeleteMessage(own.Room, own.Sequence) : delete,
                var other => other,
            },
        };
    }

    private static ChatMessage? OwnMessage(SharedStore store, string user) =>
        store.GetState<ChatState>().Rooms.Values.OrderBy(r => r.Name, StringComparer.Ordinal).SelectMany(r => r.Messages).LastOrDefault(m => m.AuthorId == user && !m.IsDeleted);

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];
}
