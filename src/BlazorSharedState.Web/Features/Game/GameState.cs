using System.Collections.Immutable;
using BlazorSharedState.Store;

namespace BlazorSharedState.Web.Features.Game;

/// <summary>Every Connect Four table, and which browser tabs are watching which table.</summary>
/// <param name="Tables">Tables by id.</param>
/// <param name="Viewers">The table each circuit (browser tab) shows, by circuit id.</param>
[FeatureState(Name = "Game")]
public sealed record GameState(
    ImmutableDictionary<string, GameTable> Tables,
    ImmutableDictionary<string, TableViewer> Viewers)
{
    /// <summary>How many tables may be open at once.</summary>
    public const int MaxOpenTables = 20;

    /// <summary>How many open tables one user may have made, so one guest can never fill <see cref="MaxOpenTables"/>.</summary>
    public const int MaxTablesPerUser = 2;

    /// <summary>How long a table nobody has open may sit unfinished before it is spare.</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);

    /// <summary>How long a table nobody has open and nobody sits at lasts.</summary>
    public static readonly TimeSpan SeatlessTimeout = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How long a seated player may have no open tab at their table (a reload, a dropped train
    /// connection, a server restart all fit) before their opponent may claim the game.
    /// </summary>
    public static readonly TimeSpan AbandonGrace = TimeSpan.FromSeconds(60);

    private GameState()
        : this(ImmutableDictionary<string, GameTable>.Empty, ImmutableDictionary<string, TableViewer>.Empty)
    {
    }

    /// <summary>Tables that count towards <see cref="MaxOpenTables"/> at <paramref name="now"/>: all but the spare ones.</summary>
    public int OpenTableCount(DateTimeOffset now) => Tables.Values.Count(table => !CanCleanUp(table, now));

    /// <summary>The open tables <paramref name="userId"/> made: theirs until they are spare.</summary>
    public int TablesOf(string userId, DateTimeOffset now) =>
        Tables.Values.Count(table => table.CreatedBy == userId && !CanCleanUp(table, now));

    /// <summary>The tables that are spare at <paramref name="now"/>.</summary>
    public IEnumerable<string> SpareTables(DateTimeOffset now) =>
        Tables.Values.Where(table => CanCleanUp(table, now)).Select(table => table.Id);

    /// <summary>Whether a <c>TidyUp</c> at <paramref name="now"/> would change anything.</summary>
    public bool IsTidyDue(DateTimeOffset now) => SpareTables(now).Any();

    /// <summary>The state without its spare tables at <paramref name="now"/>.</summary>
    public GameState TidiedUp(DateTimeOffset now)
    {
        var spare = SpareTables(now).ToList();
        return spare.Count == 0 ? this : this with { Tables = Tables.RemoveRange(spare) };
    }

    /// <summary>The table with <paramref name="tableId"/>, if it exists.</summary>
    public GameTable? TableOrNull(string tableId) => Tables.GetValueOrDefault(tableId);

    /// <summary>
    /// People watching <paramref name="tableId"/> who aren't seated there. Counted per user, not
    /// per tab: someone with the table open in two tabs is one person watching, just as they are
    /// one player when seated.
    /// </summary>
    public int SpectatorCount(string tableId) => TableOrNull(tableId)?.Spectators ?? 0;

    /// <summary>Counts <see cref="SpectatorCount"/> from the tabs themselves, for the reducers that keep it.</summary>
    internal int CountSpectators(GameTable table) =>
        Viewers.Values
            .Where(v => v.TableId == table.Id && v.IsConnected && table.SeatOf(v.UserId) == Disc.None)
            .Select(v => v.UserId)
            .Distinct(StringComparer.Ordinal)
            .Count();

    /// <summary>Whether <paramref name="userId"/> has a connected tab showing <paramref name="tableId"/>.</summary>
    public bool HasOpenTab(string tableId, string userId) =>
        Viewers.Values.Any(v => v.TableId == tableId && v.UserId == userId && v.IsConnected);

    /// <summary>
    /// Whether <paramref name="table"/> is spare, so it goes at the next tidy-up or table creation:
    /// nobody has it open, and its game is over, nobody has sat there for <see cref="SeatlessTimeout"/>,
    /// or nothing has happened there for <see cref="IdleTimeout"/>. An unfinished game stays a while,
    /// so its players can come back to it.
    /// </summary>
    public bool CanCleanUp(GameTable table, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(table);
        var quiet = now - table.LastActive;
        return (table.IsOver || quiet >= IdleTimeout || (table.IsSeatless && quiet >= SeatlessTimeout))
            && !Viewers.Values.Any(v => v.TableId == table.Id);
    }
}
