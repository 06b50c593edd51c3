using BlazorSharedState.Store;
using BlazorSharedState.Web.Features.Housekeeping;

namespace BlazorSharedState.Web.Features.Game;

/// <summary>How game actions change the tables; each runs only after <see cref="GameGuards"/> allowed it.</summary>
public static class GameReducers
{
    [ReducerMethod]
    public static GameState CreateTable(GameState state, CreateTable action, ActionMeta meta)
    {
        // Spare tables are cleaned up only when room is needed or at a tidy-up, so finished games stay visible a while.
        var tables = state.Tables.Count < GameState.MaxOpenTables ? state : state.TidiedUp(meta.Time);
        var table = GameTable.Create(meta);
        return tables with { Tables = tables.Tables.SetItem(table.Id, table) };
    }

    [ReducerMethod]
    public static GameState TidyUp(GameState state, TidyUp action, ActionMeta meta) => state.TidiedUp(meta.Time);

    [ReducerMethod]
    public static GameState TakeSeat(GameState state, TakeSeat action, ActionMeta meta) =>
        SeatPresence.Refresh(Update(state, action.TableId, meta, table => table.WithPlayer(action.Seat, meta.UserId)), [action.TableId], meta);

    [ReducerMethod]
    public static GameState LeaveSeat(GameState state, LeaveSeat action, ActionMeta meta) =>
        SeatPresence.Refresh(Update(state, action.TableId, meta, table =>
        {
            var seat = table.SeatOf(meta.UserId);
            var ended = table.IsInProgress ? table with { Outcome = seat.Opponent().Wins(), Forfeited = true } : table;
            return ended.WithPlayer(seat, null);
        }), [action.TableId], meta);

    /// <summary>The opponent left long enough ago (the guard checked): the game is theirs to lose, and they lose it.</summary>
    [ReducerMethod]
    public static GameState ClaimWin(GameState state, ClaimWin action, ActionMeta meta) =>
        Update(state, action.TableId, meta, table => table with { Outcome = table.SeatOf(meta.UserId).Wins(), Forfeited = true });

    [ReducerMethod]
    public static GameState DropDisc(GameState state, DropDisc action, ActionMeta meta) =>
        Update(state, action.TableId, meta, table =>
        {
            var disc = table.Turn;
            var (board, cell) = table.Board.Drop(action.Column, disc);
            var winning = ConnectFour.WinningCells(board, cell);
            var outcome = !winning.IsEmpty ? disc.Wins()
                : board.IsFull ? GameOutcome.Draw
                : GameOutcome.None;
            return table with
            {
                Board = board,
                Moves = table.Moves.Add(new Move(cell.Column, cell.Row, disc, meta.UserId, meta.Sequence)),
                WinningCells = winning,
                Outcome = outcome,
            };
        });

    [ReducerMethod]
    public static GameState Rematch(GameState state, Rematch action, ActionMeta meta) =>
        Update(state, action.TableId, meta, table => table with
        {
            RedAwaySince = table.YellowAwaySince,
            YellowAwaySince = table.RedAwaySince,
            // Colours swap by swapping seats: red always moves first, so the first move alternates.
            RedUserId = table.YellowUserId,
            YellowUserId = table.RedUserId,
            GameNumber = table.GameNumber + 1,
            Board = Board.Empty,
            Moves = [],
            WinningCells = [],
            Outcome = GameOutcome.None,
            Forfeited = false,
        });

    /// <summary>Marks a table active now, e.g. when someone closes it, so its idle time starts over.</summary>
    internal static GameState Touch(GameState state, string tableId, ActionMeta meta) =>
        Update(state, tableId, meta, table => table with { LastActive = meta.Time });

    /// <summary>Applies <paramref name="change"/> to one table, marking it active; the same state when nothing changed.</summary>
    internal static GameState Update(GameState state, string tableId, ActionMeta meta, Func<GameTable, GameTable> change)
    {
        if (state.TableOrNull(tableId) is not { } table)
        {
            return state;
        }

        var next = change(table);
        return next == table ? state : state with { Tables = state.Tables.SetItem(tableId, next with { LastActive = meta.Time }) };
    }
}
