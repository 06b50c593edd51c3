using System.Collections.Immutable;
using System.Text.Json.Serialization;
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

    private GameState()
        : this(ImmutableDictionary<string, GameTable>.Empty, ImmutableDictionary<string, TableViewer>.Empty)
    {
    }

    /// <summary>The state before anything happened.</summary>
    public static GameState Initial { get; } = new();

    /// <summary>Tables that are neither abandoned nor spare: the ones that count towards <see cref="MaxOpenTables"/>.</summary>
    [JsonIgnore]
    public int OpenTableCount => Tables.Values.Count(table => !CanCleanUp(table));

    /// <summary>The table with <paramref name="tableId"/>, if it exists.</summary>
    public GameTable? TableOrNull(string tableId) => Tables.GetValueOrDefault(tableId);

    /// <summary>
    /// People watching <paramref name="tableId"/> who aren't seated there. Counted per user, not
    /// per tab: someone with the table open in two tabs is one person watching, just as they are
    /// one player when seated.
    /// </summary>
    public int SpectatorCount(string tableId)
    {
        var table = TableOrNull(tableId);
        return table is null
            ? 0
            : Viewers.Values
                .Where(v => v.TableId == tableId && v.Connected && table.SeatOf(v.UserId) == Disc.None)
                .Select(v => v.UserId)
                .Distinct(StringComparer.Ordinal)
                .Count();
    }

    /// <summary>
    /// Whether <paramref name="table"/> may be removed to make room: nobody has it open and no
    /// game is being played there. A game in progress stays, so its players can come back.
    /// </summary>
    public bool CanCleanUp(GameTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return !table.IsInProgress && !Viewers.Values.Any(v => v.TableId == table.Id);
    }
}
