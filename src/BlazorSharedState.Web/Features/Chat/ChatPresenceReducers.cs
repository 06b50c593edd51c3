using BlazorSharedState.Store;
using BlazorSharedState.Store.Blazor.Circuits;
using BlazorSharedState.Web.Features.Viewers;

namespace BlazorSharedState.Web.Features.Chat;

/// <summary>
/// Who views which room, tracked per circuit by <see cref="TabViewers"/> so that a closed or
/// dropped tab leaves presence even when no component got to say goodbye. Each change brings the
/// presence index of the rooms it touched along.
/// </summary>
public static class ChatPresenceReducers
{
    /// <summary>The earlier run's tabs are gone with it; each tab that comes back enters its room again.</summary>
    [ReducerMethod]
    public static ChatState ServerStarted(ChatState state, ServerStarted action, ActionMeta meta) =>
        // Every room, also where a log from before the presence index left it out of step.
        With(state, TabViewers.WithoutTabsOf(state.Viewers, viewer => action.Ends(viewer.Server, meta))).WithPresenceOf();

    /// <summary>A server that died took its tabs with it.</summary>
    [ReducerMethod]
    public static ChatState ServerGone(ChatState state, ServerGone action) =>
        With(state, TabViewers.WithoutTabsOf(state.Viewers, viewer => viewer.Server == action.Server));

    [ReducerMethod]
    public static ChatState EnterRoom(ChatState state, EnterRoom action, ActionMeta meta)
    {
        if (meta.CircuitId is null)
        {
            return state;
        }

        var entered = With(state, TabViewers.Show(state.Viewers, meta, new ChatViewer(meta.UserId, action.Room, IsConnected: true, meta.Server)));
        return entered with
        {
            // Seeing the room reads it, for all the user's tabs at once. A user's unread marks start
            // here, at their first room, so a visit that never opens the chat leaves none.
            Seen = entered.Seen.SetItem(meta.UserId, entered.SeenBy(meta.UserId).SetItem(action.Room, entered.Rooms[action.Room].Posted)),
            LastRead = entered.LastRead.SetItem(meta.UserId, meta.Time),
        };
    }

    [ReducerMethod]
    public static ChatState LeaveRoom(ChatState state, LeaveRoom action, ActionMeta meta) =>
        With(state, TabViewers.Leave(state.Viewers, meta, action.Room));

    [ReducerMethod]
    public static ChatState CircuitDisconnected(ChatState state, CircuitDisconnected action, ActionMeta meta) =>
        With(state, TabViewers.Connect(state.Viewers, meta, isConnected: false));

    [ReducerMethod]
    public static ChatState CircuitReconnected(ChatState state, CircuitReconnected action, ActionMeta meta) =>
        With(state, TabViewers.Connect(state.Viewers, meta, isConnected: true));

    /// <summary>Guests leave by closing tabs, so this is when their spent flood history goes too.</summary>
    [ReducerMethod]
    public static ChatState CircuitClosed(ChatState state, CircuitClosed action, ActionMeta meta) =>
        With(state, TabViewers.Forget(state.Viewers, meta)).WithoutPostsOlderThanTheFloodWindow(meta.Time);

    private static ChatState With(ChatState state, ViewerChange<ChatViewer> change) => change switch
    {
        { Changed: false } => state,
        // One tab: a look at its user's other tabs, however many tabs the room has.
        { OneTab: true } => (state with { Viewers = change.Viewers }).WithPresenceAfter(state.Viewers, change.Before, change.After),
        _ => (state with { Viewers = change.Viewers }).WithPresenceOf(change.Touched),
    };
}
