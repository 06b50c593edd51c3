using BlazorSharedState.Store;
using BlazorSharedState.Store.Blazor.Circuits;

namespace BlazorSharedState.Web.Features.Game;

/// <summary>
/// Who is watching which table, by browser tab. Circuit lifecycle actions keep it honest: a tab
/// that drops stops counting until it reconnects, and one that closes is forgotten, even if its
/// page never got to say goodbye. Each change brings the tables' <see cref="SeatPresence"/> along.
/// </summary>
public static class GameViewerReducers
{
    [ReducerMethod]
    public static GameState WatchTable(GameState state, WatchTable action, ActionMeta meta)
    {
        if (meta.CircuitId is not { } circuit || !state.Tables.ContainsKey(action.TableId))
        {
            return state;
        }

        var viewer = new TableViewer(action.TableId, meta.UserId, Connected: true, meta.Server);
        var previous = state.Viewers.GetValueOrDefault(circuit);
        if (previous == viewer)
        {
            return state;
        }

        var watching = state with { Viewers = state.Viewers.SetItem(circuit, viewer) };
        var touched = previous is null ? watching : GameReducers.Touch(watching, previous.TableId, meta);
        return SeatPresence.Refresh(touched, [action.TableId, previous?.TableId], meta);
    }

    /// <summary>The earlier run's tabs are gone with it; each tab that comes back watches again.</summary>
    [ReducerMethod]
    public static GameState ServerStarted(GameState state, ServerStarted action, ActionMeta meta) =>
        WithoutViewers(state, viewer => action.Ends(viewer.Server, meta), meta);

    /// <summary>A server that died took its tabs with it.</summary>
    [ReducerMethod]
    public static GameState ServerGone(GameState state, ServerGone action, ActionMeta meta) =>
        WithoutViewers(state, viewer => viewer.Server == action.Server, meta);

    [ReducerMethod]
    public static GameState StopWatching(GameState state, StopWatching action, ActionMeta meta) =>
        ViewerOf(state, meta)?.TableId == action.TableId ? Forget(state, meta) : state;

    [ReducerMethod]
    public static GameState Disconnected(GameState state, CircuitDisconnected action, ActionMeta meta) =>
        SetConnected(state, meta, connected: false);

    [ReducerMethod]
    public static GameState Reconnected(GameState state, CircuitReconnected action, ActionMeta meta) =>
        SetConnected(state, meta, connected: true);

    [ReducerMethod]
    public static GameState Closed(GameState state, CircuitClosed action, ActionMeta meta) =>
        ViewerOf(state, meta) is null ? state : Forget(state, meta);

    private static GameState WithoutViewers(GameState state, Func<TableViewer, bool> gone, ActionMeta meta)
    {
        var leaving = state.Viewers.Where(v => gone(v.Value)).ToList();
        if (leaving.Count == 0)
        {
            return state;
        }

        var remaining = state with { Viewers = state.Viewers.RemoveRange(leaving.Select(v => v.Key)) };
        return SeatPresence.Refresh(remaining, leaving.Select(v => v.Value.TableId), meta);
    }

    private static TableViewer? ViewerOf(GameState state, ActionMeta meta) =>
        meta.CircuitId is { } circuit ? state.Viewers.GetValueOrDefault(circuit) : null;

    private static GameState Forget(GameState state, ActionMeta meta)
    {
        var tableId = ViewerOf(state, meta)!.TableId;
        var forgotten = GameReducers.Touch(state with { Viewers = state.Viewers.Remove(meta.CircuitId!) }, tableId, meta);
        return SeatPresence.Refresh(forgotten, [tableId], meta);
    }

    private static GameState SetConnected(GameState state, ActionMeta meta, bool connected) =>
        ViewerOf(state, meta) is { } viewer && viewer.Connected != connected
            ? SeatPresence.Refresh(
                state with { Viewers = state.Viewers.SetItem(meta.CircuitId!, viewer with { Connected = connected }) }, [viewer.TableId], meta)
            : state;
}
