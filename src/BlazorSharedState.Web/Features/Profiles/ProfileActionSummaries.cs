using BlazorSharedState.Store;
using BlazorSharedState.Web.Features.Activity;

namespace BlazorSharedState.Web.Features.Profiles;

/// <summary>Profile changes in words on <c>/activity</c>.</summary>
internal sealed class ProfileActionSummaries : IActionSummaries
{
    public ActionSummary? Summarize(object action, ActionMeta meta) => action switch
    {
        SetNickname a => new($"is now called {a.Nickname}"),
        _ => null,
    };
}
