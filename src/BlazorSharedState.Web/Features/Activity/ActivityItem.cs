using System.Globalization;
using BlazorSharedState.Store;

namespace BlazorSharedState.Web.Features.Activity;

/// <summary>One entry of <c>/activity</c>: a logged action with its outcome, and its line in words (made once, not per render).</summary>
public sealed record ActivityItem(HistoryEntry Entry, ActionSummary Summary)
{
    public ActionMeta Meta => Entry.Logged.Meta;

    public long Sequence => Meta.Sequence;

    /// <summary>The action's logged name, e.g. <c>SendMessage</c>.</summary>
    public string Name => Entry.Name;

    /// <summary><c>accepted</c> or <c>rejected</c>, as the UI contract spells it.</summary>
    public string Outcome => Entry.IsAccepted ? "accepted" : "rejected";

    /// <summary>The page that shows the action's effect, as it was right after the action (<c>?at=N</c>).</summary>
    public string ViewAtHref =>
        string.Create(CultureInfo.InvariantCulture, $"{Summary.Page ?? ActionSummary.DefaultPage}?at={Sequence}");
}
