using BlazorSharedState.Store;

namespace BlazorSharedState.Web.Features.Activity;

/// <summary>
/// A feature's own words for its actions on <c>/activity</c>. Implement it once per feature, next
/// to the feature's actions, with one switch arm per action type; it is found by
/// <see cref="ActivityServiceCollectionExtensions.AddActivityLog"/>, no registration needed. An
/// action no implementation describes is shown as its JSON payload, and a test fails for it.
/// </summary>
public interface IActionSummaries
{
    /// <summary>What <paramref name="action"/> does and where it shows, or null when it isn't one of this feature's actions.</summary>
    /// <remarks>Called off the store's loop, possibly for actions long past: use only the action and its meta, never the live state.</remarks>
    ActionSummary? Summarize(object action, ActionMeta meta);
}
