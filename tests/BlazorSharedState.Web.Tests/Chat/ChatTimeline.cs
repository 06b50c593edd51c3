using BlazorSharedState.Store;
using BlazorSharedState.Store.Blazor.Circuits;
using BlazorSharedState.Web.Features.Chat;
using BlazorSharedState.Web.Features.Housekeeping;

namespace BlazorSharedState.Web.Tests.Chat;

/// <summary>
/// Plays actions through the chat's static guards and reducers the way the store does (guard,
/// then reduce, meta stamped here), on a clock the test moves by hand.
/// </summary>
internal sealed class ChatTimeline
{
    public static readonly DateTimeOffset Start = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private long _sequence;

    public ChatState State { get; set; } = (ChatState)Activator.CreateInstance(typeof(ChatState), nonPublic: true)!;

    public DateTimeOffset Now { get; set; } = Start;

    /// <summary>The server that takes the next actions, as on a log several servers share.</summary>
    public string? Server { get; set; }

    /// <summary>Moves the clock to <paramref name="seconds"/> after <see cref="Start"/>.</summary>
    public ChatTimeline At(double seconds)
    {
        Now = Start.AddSeconds(seconds);
        return this;
    }

    public ActionMeta Meta(string user, string? circuit = null) =>
        new(++_sequence, Guid.NewGuid(), Now, user, circuit ?? $"{user}-tab", Server);

    public GuardResult CreateRoom(string name, string user = "alice") =>
        Apply(new CreateRoom(name), user, null, ChatGuards.CanCreateRoom, ChatReducers.CreateRoom);

    public GuardResult DeleteRoom(string name, string user = "alice") =>
        Apply(new DeleteRoom(name), user, null, ChatGuards.CanDeleteRoom, (s, a, _) => ChatReducers.DeleteRoom(s, a));

    public void TidyUp() =>
        Apply(new TidyUp(), ActionOrigin.ServerUserId, null, null, ChatReducers.TidyUp);

    public GuardResult Send(string user, string room, string text) =>
        Apply(new SendMessage(room, text), user, null, ChatGuards.CanSendMessage, ChatReducers.SendMessage);

    public GuardResult Delete(string user, string room, long sequence) =>
        Apply(new DeleteMessage(room, sequence), user, null, ChatGuards.CanDeleteMessage, (s, a, _) => ChatReducers.DeleteMessage(s, a));

    public GuardResult Enter(string user, string room, string? circuit = null) =>
        Apply(new EnterRoom(room), user, circuit, (s, a, _) => ChatGuards.CanEnterRoom(s, a), ChatPresenceReducers.EnterRoom);

    public void Leave(string user, string room, string? circuit = null) =>
        Apply(new LeaveRoom(room), user, circuit, null, ChatPresenceReducers.LeaveRoom);

    public void Type(string user, string room) =>
        Apply(new StartTyping(room), user, null, null, ChatTypingReducers.StartTyping);

    public void Expire(string user, string room) =>
        Apply(new ExpireTyping(room), user, null, null, ChatTypingReducers.ExpireTyping);

    public void Disconnected(string user, string? circuit = null) =>
        Apply(new CircuitDisconnected(), user, circuit, null, ChatPresenceReducers.CircuitDisconnected);

    public void Reconnected(string user, string? circuit = null) =>
        Apply(new CircuitReconnected(), user, circuit, null, ChatPresenceReducers.CircuitReconnected);

    public void Closed(string user, string? circuit = null) =>
        Apply(new CircuitClosed(), user, circuit, null, ChatPresenceReducers.CircuitClosed);

    public void ServerStarted(bool sharedLog) =>
        Apply(new ServerStarted(sharedLog), ActionOrigin.ServerUserId, null, null, (s, a, m) => ChatTypingReducers.ServerStarted(ChatPresenceReducers.ServerStarted(s, a, m), a));

    public void ServerGone(string server) =>
        Apply(new ServerGone(server), ActionOrigin.ServerUserId, null, null, (s, a, _) => ChatTypingReducers.ServerGone(ChatPresenceReducers.ServerGone(s, a), a));

    /// <summary>The message sent last; most tests care about one message at a time.</summary>
    public ChatMessage Last(string room) => State.Rooms[room].Messages[^1];

    private GuardResult Apply<TAction>(
        TAction action,
        string user,
        string? circuit,
        Func<ChatState, TAction, ActionMeta, GuardResult>? guard,
        Func<ChatState, TAction, ActionMeta, ChatState> reduce)
    {
        var meta = Meta(user, circuit);
        var verdict = guard?.Invoke(State, action, meta) ?? GuardResult.Allow;
        if (verdict.IsAllowed)
        {
            State = reduce(State, action, meta);
        }
        else
        {
            // Like the store: a rejected action takes no sequence number.
            _sequence--;
        }

        return verdict;
    }
}
