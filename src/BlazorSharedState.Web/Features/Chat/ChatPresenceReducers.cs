using BlazorSharedState.Store;
using BlazorSharedState.Store.Blazor.Circuits;

namespace BlazorSharedState.Web.Features.Chat;

/// <summary>
/// Who views which room, tracked per circuit so that a closed or dropped tab leaves presence
/// even when no component got to say goodbye.
/// </summary>
public static class ChatPresenceReducers
{
    /// <summary>The earlier run's tabs are gone with it; each tab that comes back enters its room again.</summary>
    [ReducerMethod]
    public static ChatState ServerStarted(ChatState state, ServerStarted action, ActionMeta meta) =>
        WithoutViewers(state, viewer => action.Ends(viewer.Server, meta));

    /// <summary>A server that died took its tabs with it.</summary>
    [ReducerMethod]
    public static ChatState ServerGone(ChatState state, ServerGone action) =>
        WithoutViewers(state, viewer => viewer.Server == action.Server);

    [ReducerMethod]
    public static ChatState EnterRoom(ChatState state, EnterRoom action, ActionMeta meta)
    {
        if (meta.CircuitId is not { } circuitId)
        {
            return state;
        }

        var left = state.Viewers.GetValueOrDefault(circuitId)?.Room;
        var entered = state with
        {
            Viewers = state.Viewers.SetItem(circuitId, new ChatViewer(meta.UserId, action.Room, IsConnected: true, meta.Server)),
            // Seeing the room reads it, for all the user's tabs at once. A user's unread marks start
            // here, at their first room, so a visit that never opens the chat leaves none.
            Seen = state.Seen.SetItem(meta.UserId, state.SeenBy(meta.UserId).SetItem(action.Room, state.Rooms[action.Room].Posted)),
            LastRead = state.LastRead.SetItem(meta.UserId, meta.Time),
        };
        return entered.WithPresenceOf(left is null ? [action.Room] : [action.Room, left]);
    }

    [ReducerMethod]
    public static ChatState LeaveRoom(ChatState state, LeaveRoom action, ActionMeta meta) =>
        ViewerOf(state, meta) is { } viewer && viewer.Room == action.Room
            ? (state with { Viewers = state.Viewers.Remove(meta.CircuitId!) }).WithPresenceOf([viewer.Room])
            : state;

    [ReducerMethod]
    public static ChatState CircuitDisconnected(ChatState state, CircuitDisconnected action, ActionMeta meta) =>
        WithConnection(state, meta, isConnected: false);

    [ReducerMethod]
    public static ChatState CircuitReconnected(ChatState state, CircuitReconnected action, ActionMeta meta) =>
        WithConnection(state, meta, isConnected: true);

    [ReducerMethod]
    public static ChatState CircuitClosed(ChatState state, CircuitClosed action, ActionMeta meta)
    {
        // Guests leave by closing tabs, so this is when their spent flood history goes too.
        var closed = ViewerOf(state, meta) is not { } viewer
            ? state
            : (state with { Viewers = state.Viewers.Remove(meta.CircuitId!) }).WithPresenceOf([viewer.Room]);
        return closed.WithoutPostsOlderThanTheFloodWindow(meta.Time);
    }

    private static ChatState WithConnection(ChatState state, ActionMeta meta, bool isConnected) =>
        ViewerOf(state, meta) is { } viewer && viewer.IsConnected != isConnected
            ? (state with { Viewers = state.Viewers.SetItem(meta.CircuitId!, viewer with { IsConnected = isConnected }) }).WithPresenceOf([viewer.Room])
            : state;

    private static ChatState WithoutViewers(ChatState state, Func<ChatViewer, bool> gone)
    {
        // Also where a log from before the presence index left it out of step: a start brings it up to date.
        var viewers = state.Viewers.RemoveRange(state.Viewers.Where(v => gone(v.Value)).Select(v => v.Key));
        return (viewers.Count == state.Viewers.Count ? state : state with { Viewers = viewers }).WithPresenceOf();
    }

    private static ChatViewer? ViewerOf(ChatState state, ActionMeta meta) =>
        meta.CircuitId is { } circuitId ? state.Viewers.GetValueOrDefault(circuitId) : null;
}
