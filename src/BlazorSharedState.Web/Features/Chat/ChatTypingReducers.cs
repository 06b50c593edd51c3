using System.Collections.Immutable;
using BlazorSharedState.Store;

namespace BlazorSharedState.Web.Features.Chat;

/// <summary>
/// "X is typing…": a keystroke stamps the time; the expiry compares against its own stamped
/// time, so replaying the log ends typing at exactly the same point.
/// </summary>
public static class ChatTypingReducers
{
    [ReducerMethod]
    public static ChatState StartTyping(ChatState state, StartTyping action, ActionMeta meta) =>
        state.RoomOrNull(action.Room) is { } room
            ? WithRoom(state, room with { Typing = room.Typing.SetItem(meta.UserId, meta.Time) })
            : state;

    [ReducerMethod]
    public static ChatState ExpireTyping(ChatState state, ExpireTyping action, ActionMeta meta)
    {
        if (state.RoomOrNull(action.Room) is not { } room
            || !room.Typing.TryGetValue(meta.UserId, out var since)
            || meta.Time - since < ChatState.TypingTimeout)
        {
            // Gone already, or typed again since: a later expiry will end it.
            return state;
        }

        return WithRoom(state, room with { Typing = room.Typing.Remove(meta.UserId) });
    }

    /// <summary>
    /// Nobody types into a server that just started, and the expiries of one that stopped or died
    /// will never come. Typing isn't kept by server, and it is only a hint, so it all ends: the
    /// next keystroke shows it again.
    /// </summary>
    [ReducerMethod]
    public static ChatState ServerStarted(ChatState state, ServerStarted action) => WithoutTyping(state);

    [ReducerMethod]
    public static ChatState ServerGone(ChatState state, ServerGone action) => WithoutTyping(state);

    private static ChatState WithoutTyping(ChatState state) =>
        state.Rooms.Values.Any(room => !room.Typing.IsEmpty)
            ? state with { Rooms = state.Rooms.ToImmutableDictionary(r => r.Key, r => r.Value with { Typing = r.Value.Typing.Clear() }) }
            : state;

    private static ChatState WithRoom(ChatState state, ChatRoom room) => state with { Rooms = state.Rooms.SetItem(room.Name, room) };
}
