using BlazorSharedState.Store;
using BlazorSharedState.Web.Features.Activity;

namespace BlazorSharedState.Web.Features.Game;

/// <summary>Connect Four's actions in words on <c>/activity</c>, each seen at its table.</summary>
internal sealed class GameActionSummaries : IActionSummaries
{
    public ActionSummary? Summarize(object action, ActionMeta meta) => action switch
    {
        // A table's id is the sequence of the action that created it.
        CreateTable => AtTable(GameTable.IdFor(meta.Sequence), $"created table {GameTable.IdFor(meta.Sequence)}"),
        TakeSeat a => AtTable(a.TableId, $"took the {a.Seat.Key()} seat at table {a.TableId}"),
        LeaveSeat a => AtTable(a.TableId, $"left their seat at table {a.TableId}"),
        DropDisc a => AtTable(a.TableId, $"dropped a disc in column {a.Column + 1} at table {a.TableId}"),
        ClaimWin a => AtTable(a.TableId, $"claimed the win at table {a.TableId}: their opponent had left"),
        Rematch a => AtTable(a.TableId, $"started a rematch at table {a.TableId}"),
        WatchTable a => AtTable(a.TableId, $"is watching table {a.TableId}"),
        StopWatching a => AtTable(a.TableId, $"stopped watching table {a.TableId}"),
        _ => null,
    };

    private static ActionSummary AtTable(string tableId, string text) => new(text, $"game/{Uri.EscapeDataString(tableId)}");
}
