using BlazorSharedState.Store;

namespace BlazorSharedState.Web.Features.Game;

/// <summary>
/// Keeps each seat's "away since" in step with the tabs watching its table: a seated player with no
/// connected tab there is away from the action that found them so, and back with their next tab.
/// Only actions move it, at their meta's time, so every server agrees when a grace period began.
/// The table's spectator count is kept here too, from the same changes.
/// </summary>
internal static class SeatPresence
{
    private static readonly Disc[] Seats = [Disc.Red, Disc.Yellow];

    /// <summary>The state with the seats at <paramref name="tableIds"/> brought up to date; the same state when nothing changed.</summary>
    public static GameState Refresh(GameState state, IEnumerable<string?> tableIds, ActionMeta meta)
    {
        foreach (var tableId in tableIds.OfType<string>().Distinct(StringComparer.Ordinal))
        {
            if (state.TableOrNull(tableId) is { } table && Refreshed(state, table, meta.Time) is var next && next != table)
            {
                state = state with { Tables = state.Tables.SetItem(tableId, next) };
            }
        }

        return state;
    }

    private static GameTable Refreshed(GameState state, GameTable table, DateTimeOffset now)
    {
        foreach (var seat in Seats)
        {
            var away = table.PlayerAt(seat) is { } player && !state.HasOpenTab(table.Id, player);
            table = table.WithAwaySince(seat, away ? table.AwaySince(seat) ?? now : null);
        }

        var spectators = state.CountSpectators(table);
        return spectators == table.Spectators ? table : table with { Spectators = spectators };
    }
}
