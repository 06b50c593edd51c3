using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Serialization;
using BlazorSharedState.Store;

namespace BlazorSharedState.Web.Features.Game;

/// <summary>
/// One table: its board, who sits in which seat, the moves of the current game and how it
/// ended. Whose turn it is follows from the moves, so it can never disagree with them.
/// </summary>
/// <param name="Id">The table's id in its address, <c>/game/{Id}</c>.</param>
/// <param name="Number">The sequence of the action that created it; orders the lobby.</param>
/// <param name="GameNumber">1 for the first game, one more for each rematch.</param>
/// <param name="Board">The discs on the board.</param>
/// <param name="RedUserId">Who sits in the red seat, if anyone.</param>
/// <param name="YellowUserId">Who sits in the yellow seat, if anyone.</param>
/// <param name="Moves">The moves of the current game, oldest first.</param>
/// <param name="WinningCells">The cells of the winning line(s); empty unless someone connected four.</param>
/// <param name="Outcome">How the game ended, if it has.</param>
/// <param name="Forfeited">Whether the loser left their seat rather than losing on the board.</param>
/// <param name="LastActive">When anyone last played, sat, left, or opened or closed the table.</param>
/// <param name="RedAwaySince">Since when the red player has had no open tab here; null while they have one or nobody sits there.</param>
/// <param name="YellowAwaySince">The same for the yellow player.</param>
/// <param name="CreatedBy">Who opened the table; counts it towards their <see cref="GameState.MaxTablesPerUser"/>.</param>
public sealed record GameTable(
    string Id,
    long Number,
    int GameNumber,
    Board Board,
    string? RedUserId,
    string? YellowUserId,
    ImmutableList<Move> Moves,
    ImmutableArray<Cell> WinningCells,
    GameOutcome Outcome,
    bool Forfeited,
    DateTimeOffset LastActive,
    DateTimeOffset? RedAwaySince = null,
    DateTimeOffset? YellowAwaySince = null,
    string? CreatedBy = null)
{
    /// <summary>The id of the table created by the action with <paramref name="sequence"/>.</summary>
    public static string IdFor(long sequence) => sequence.ToString(CultureInfo.InvariantCulture);

    /// <summary>A new table with empty seats, created by the action with <paramref name="meta"/>.</summary>
    public static GameTable Create(ActionMeta meta)
    {
        ArgumentNullException.ThrowIfNull(meta);
        return new(IdFor(meta.Sequence), meta.Sequence, 1, Board.Empty, null, null, [], [], GameOutcome.None, false, meta.Time, CreatedBy: meta.UserId);
    }

    /// <summary>
    /// People watching who aren't seated, kept by <see cref="SeatPresence"/> whenever a tab or a
    /// seat changes: each tab's spectator count is then a read, not a walk over every tab, on
    /// every change of the game.
    /// </summary>
    public int Spectators { get; init; }

    /// <summary>Whose turn it is: red moves first, then the colours alternate.</summary>
    [JsonIgnore]
    public Disc Turn => Moves.Count % 2 == 0 ? Disc.Red : Disc.Yellow;

    /// <summary>Whether the game has ended (win, draw or forfeit).</summary>
    [JsonIgnore]
    public bool IsOver => Outcome != GameOutcome.None;

    /// <summary>Whether both seats are taken.</summary>
    [JsonIgnore]
    public bool IsFull => RedUserId is not null && YellowUserId is not null;

    /// <summary>Whether nobody sits at the table.</summary>
    [JsonIgnore]
    public bool IsSeatless => RedUserId is null && YellowUserId is null;

    /// <summary>Whether a game is being played: both seated and not over. Leaving now forfeits.</summary>
    [JsonIgnore]
    public bool IsInProgress => IsFull && !IsOver;

    /// <summary>The latest move of the current game, if any.</summary>
    [JsonIgnore]
    public Move? LastMove => Moves.IsEmpty ? null : Moves[^1];

    /// <summary>What the game is waiting for, or how it ended.</summary>
    [JsonIgnore]
    public string Status => Outcome switch
    {
        GameOutcome.RedWins => Forfeited ? "Red wins by forfeit" : "Red wins",
        GameOutcome.YellowWins => Forfeited ? "Yellow wins by forfeit" : "Yellow wins",
        GameOutcome.Draw => "Draw",
        _ when !IsFull => "Waiting for players",
        _ => $"{Turn.Label()} to move",
    };

    /// <summary>Who sits in <paramref name="seat"/>, if anyone.</summary>
    public string? PlayerAt(Disc seat) => seat switch
    {
        Disc.Red => RedUserId,
        Disc.Yellow => YellowUserId,
        _ => null,
    };

    /// <summary>The seat of <paramref name="userId"/>; <see cref="Disc.None"/> if they aren't seated.</summary>
    public Disc SeatOf(string userId) =>
        userId == RedUserId ? Disc.Red : userId == YellowUserId ? Disc.Yellow : Disc.None;

    /// <summary>Since when the player in <paramref name="seat"/> has had no open tab at this table, if they are away.</summary>
    public DateTimeOffset? AwaySince(Disc seat) => seat switch
    {
        Disc.Red => RedAwaySince,
        Disc.Yellow => YellowAwaySince,
        _ => null,
    };

    /// <summary>The table with the player in <paramref name="seat"/> away since <paramref name="since"/> (null: here).</summary>
    public GameTable WithAwaySince(Disc seat, DateTimeOffset? since) => seat switch
    {
        Disc.Red => this with { RedAwaySince = since },
        Disc.Yellow => this with { YellowAwaySince = since },
        _ => this,
    };

    /// <summary>
    /// From when the opponent of the player in <paramref name="absentSeat"/> may claim the game: the
    /// grace period after that player's last tab here went; null while they have one or no game runs.
    /// </summary>
    public DateTimeOffset? ClaimableFrom(Disc absentSeat) =>
        IsInProgress && AwaySince(absentSeat) is { } since ? since + GameState.AbandonGrace : null;

    /// <summary>The table with <paramref name="userId"/> (or nobody) in <paramref name="seat"/>.</summary>
    public GameTable WithPlayer(Disc seat, string? userId) => seat switch
    {
        Disc.Red => this with { RedUserId = userId },
        Disc.Yellow => this with { YellowUserId = userId },
        _ => this,
    };
}
