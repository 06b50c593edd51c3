using BlazorSharedState.Store;
using BlazorSharedState.Web.Features.Activity;

namespace BlazorSharedState.Web.Features.Housekeeping;

/// <summary>The server's sweep in words on <c>/activity</c>.</summary>
internal sealed class HousekeepingSummaries : IActionSummaries
{
    public ActionSummary? Summarize(object action, ActionMeta meta) => action switch
    {
        TidyUp => new ActionSummary("tidied up: let go of spare rooms and tables, and of what visitors long gone left behind"),
        _ => null,
    };
}
