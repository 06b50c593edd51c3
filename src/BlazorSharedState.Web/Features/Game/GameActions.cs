namespace BlazorSharedState.Web.Features.Game;

/// <summary>Opens a new table; its id comes from the action's sequence, see <see cref="GameTable.IdFor"/>.</summary>
public sealed record CreateTable;

/// <summary>Sits the dispatching user in the <paramref name="Seat"/> seat.</summary>
public sealed record TakeSeat(string TableId, Disc Seat);

/// <summary>Stands the dispatching user up; during a game this forfeits it.</summary>
public sealed record LeaveSeat(string TableId);

/// <summary>Drops the dispatching player's disc into <paramref name="Column"/> (0–6).</summary>
public sealed record DropDisc(string TableId, int Column);

/// <summary>Starts the next game at a table whose game is over; the players swap colours.</summary>
public sealed record Rematch(string TableId);

/// <summary>Ends the game in the dispatching player's favour once their opponent has been away for <see cref="GameState.AbandonGrace"/>.</summary>
public sealed record ClaimWin(string TableId);

/// <summary>The dispatching tab now shows <paramref name="TableId"/> (and no other table).</summary>
public sealed record WatchTable(string TableId);

/// <summary>The dispatching tab no longer shows <paramref name="TableId"/>.</summary>
public sealed record StopWatching(string TableId);
