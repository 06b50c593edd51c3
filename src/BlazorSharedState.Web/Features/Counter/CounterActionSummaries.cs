using BlazorSharedState.Store;
using BlazorSharedState.Web.Features.Activity;

namespace BlazorSharedState.Web.Features.Counter;

/// <summary>The counter's actions in words on <c>/activity</c>.</summary>
internal sealed class CounterActionSummaries : IActionSummaries
{
    private const string Page = "counter";

    public ActionSummary? Summarize(object action, ActionMeta meta) => action switch
    {
        IncrementCounter => new("+1 on the counter", Page),
        DecrementCounter => new("−1 on the counter", Page),
        ResetCounter => new("reset the counter to 0", Page),
        _ => null,
    };
}
