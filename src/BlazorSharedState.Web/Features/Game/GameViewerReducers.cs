using BlazorSharedState.Store;
using BlazorSharedState.Store.Blazor.Circuits;
using BlazorSharedState.Web.Features.Viewers;

namespace BlazorSharedState.Web.Features.Game;

/// <summary>
/// Who is watching which table, by browser tab, kept by <see cref="TabViewers"/>: a tab that drops
/// stops counting until it reconnects, and one that closes is forgotten, even if its page never
/// got to say goodbye. Each change brings the tables' <see cref="SeatPresence"/> along.
/// </summary>
public static class GameViewerReducers
{
    [ReducerMethod]
    public static GameState WatchTable(GameState state, WatchTable action, ActionMeta meta)
    {
        if (!state.Tables.ContainsKey(action.TableId))
        {
            return state;
        }

        var change = TabViewers.Show(state.Viewers, meta, new TableViewer(action.TableId, meta.UserId, IsConnected: true, meta.Server));
        // The table the tab leaves was just closed there, so its idle time starts over.
        return change.Before is { } left ? Refresh(GameReducers.Touch(state, left.TableId, meta), change, meta) : Refresh(state, change, meta);
    }

    /// <summary>The earlier run's tabs are gone with it; each tab that comes back watches again.</summary>
    [ReducerMethod]
    public static GameState ServerStarted(GameState state, ServerStarted action, ActionMeta meta) =>
        Refresh(state, TabViewers.WithoutTabsOf(state.Viewers, viewer => action.Ends(viewer.Server, meta)), meta);

    /// <summary>A server that died took its tabs with it.</summary>
    [ReducerMethod]
    public static GameState ServerGone(GameState state, ServerGone action, ActionMeta meta) =>
        Refresh(state, TabViewers.WithoutTabsOf(state.Viewers, viewer => viewer.Server == action.Server), meta);

    [ReducerMethod]
    public static GameState StopWatching(GameState state, StopWatching action, ActionMeta meta) =>
        Closed(state, TabViewers.Leave(state.Viewers, meta, action.TableId), meta);

    [ReducerMethod]
    public static GameState Disconnected(GameState state, CircuitDisconnected action, ActionMeta meta) =>
        Refresh(state, TabViewers.Connect(state.Viewers, meta, isConnected: false), meta);

    [ReducerMethod]
    public static GameState Reconnected(GameState state, CircuitReconnected action, ActionMeta meta) =>
        Refresh(state, TabViewers.Connect(state.Viewers, meta, isConnected: true), meta);

    [ReducerMethod]
    public static GameState Closed(GameState state, CircuitClosed action, ActionMeta meta) =>
        Closed(state, TabViewers.Forget(state.Viewers, meta), meta);

    /// <summary>A tab closed a table: its idle time starts over.</summary>
    private static GameState Closed(GameState state, ViewerChange<TableViewer> change, ActionMeta meta) =>
        change.Before is { } closed ? Refresh(GameReducers.Touch(state, closed.TableId, meta), change, meta) : state;

    private static GameState Refresh(GameState state, ViewerChange<TableViewer> change, ActionMeta meta) =>
        change.Changed ? SeatPresence.Refresh(state with { Viewers = change.Viewers }, change.Touched, meta) : state;
}
