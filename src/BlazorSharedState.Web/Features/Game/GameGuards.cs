using System.Globalization;
using BlazorSharedState.Store;

namespace BlazorSharedState.Web.Features.Game;

/// <summary>
/// The referee: every game action is checked against the current state before it is reduced,
/// one at a time, so of two clicks racing for the same turn only the first is a move.
/// </summary>
public static class GameGuards
{
    public const string TableMissing = "That table doesn't exist.";
    public const string TableFull = "Both seats at this table are taken.";
    public const string SeatTaken = "That seat is taken.";
    public const string NoSuchSeat = "There is no such seat.";
    public const string AlreadySeated = "You already have a seat at this table.";
    public const string NotSeated = "You're not seated at this table.";
    public const string NotStarted = "The game hasn't started: it's waiting for players.";
    public const string GameOver = "The game is over.";
    public const string NotYourTurn = "It's not your turn.";
    public const string ColumnFull = "That column is full.";
    public const string NotOver = "The game isn't over yet.";
    public const string OpponentHere = "Your opponent still has the table open.";

    public static readonly string ColumnOutside = string.Create(
        CultureInfo.InvariantCulture, $"Pick a column from 0 to {Board.Columns - 1}.");

    public static readonly string TooManyTables = string.Create(
        CultureInfo.InvariantCulture, $"There are already {GameState.MaxOpenTables} open tables; join one of them instead.");

    public static readonly string TooManyOfYourTables = string.Create(
        CultureInfo.InvariantCulture, $"You already have {GameState.MaxTablesPerUser} open tables; play at one or leave it before opening another.");

    [GuardMethod]
    public static GuardResult CanCreateTable(GameState state, CreateTable action, ActionMeta meta) =>
        Verdict(state.TablesOf(meta.UserId, meta.Time) >= GameState.MaxTablesPerUser ? TooManyOfYourTables
            : state.OpenTableCount(meta.Time) >= GameState.MaxOpenTables ? TooManyTables
            : null);

    [GuardMethod]
    public static GuardResult CanTakeSeat(GameState state, TakeSeat action, ActionMeta meta) =>
        Verdict(AtTable(state, action.TableId, table =>
            action.Seat is not (Disc.Red or Disc.Yellow) ? NoSuchSeat
            : table.SeatOf(meta.UserId) != Disc.None ? AlreadySeated
            : table.IsFull ? TableFull
            : table.PlayerAt(action.Seat) is not null ? SeatTaken
            : null));

    [GuardMethod]
    public static GuardResult CanLeaveSeat(GameState state, LeaveSeat action, ActionMeta meta) =>
        Verdict(AtTable(state, action.TableId, table => table.SeatOf(meta.UserId) == Disc.None ? NotSeated : null));

    [GuardMethod]
    public static GuardResult CanDropDisc(GameState state, DropDisc action, ActionMeta meta) =>
        Verdict(InGame(state, action.TableId, meta, (table, seat) =>
            seat != table.Turn ? NotYourTurn
            : action.Column is < 0 or >= Board.Columns ? ColumnOutside
            : table.Board.IsColumnFull(action.Column) ? ColumnFull
            : null));

    [GuardMethod]
    public static GuardResult CanRematch(GameState state, Rematch action, ActionMeta meta) =>
        Verdict(AtTable(state, action.TableId, table =>
            table.SeatOf(meta.UserId) == Disc.None ? NotSeated
            : !table.IsOver ? NotOver
            : null));

    [GuardMethod]
    public static GuardResult CanClaimWin(GameState state, ClaimWin action, ActionMeta meta) =>
        Verdict(InGame(state, action.TableId, meta, (table, seat) =>
            table.ClaimableFrom(seat.Opponent()) is not { } from ? OpponentHere
            : meta.Time < from ? StillInGrace(from - meta.Time)
            : null));

    public static string StillInGrace(TimeSpan left) => string.Create(CultureInfo.InvariantCulture,
        $"Your opponent may still come back: you can claim the win in {SecondsLeft(left)} s.");

    /// <summary>A wait in whole seconds, rounded up, counted in integers: guards stay free of floating point.</summary>
    public static long SecondsLeft(TimeSpan left) => (left.Ticks + TimeSpan.TicksPerSecond - 1) / TimeSpan.TicksPerSecond;

    private static string? AtTable(GameState state, string tableId, Func<GameTable, string?> problem) =>
        state.TableOrNull(tableId) is { } table ? problem(table) : TableMissing;

    /// <summary>For a player's move in a running game: the table, their seat and the game must be there first.</summary>
    private static string? InGame(GameState state, string tableId, ActionMeta meta, Func<GameTable, Disc, string?> problem) =>
        AtTable(state, tableId, table =>
        {
            var seat = table.SeatOf(meta.UserId);
            return seat == Disc.None ? NotSeated
                : table.IsOver ? GameOver
                : !table.IsFull ? NotStarted
                : problem(table, seat);
        });

    private static GuardResult Verdict(string? problem) =>
        problem is null ? GuardResult.Allow : GuardResult.Reject(problem);
}
