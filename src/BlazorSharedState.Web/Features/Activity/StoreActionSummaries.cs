using BlazorSharedState.Store;
using BlazorSharedState.Store.Blazor.Circuits;

namespace BlazorSharedState.Web.Features.Activity;

/// <summary>The store's own actions: a server start and the life of browser tabs (circuits).</summary>
internal sealed class StoreActionSummaries : IActionSummaries
{
    public ActionSummary? Summarize(object action, ActionMeta meta) => action switch
    {
        ServerStarted => new("the server started"),
        CircuitOpened => new("opened a tab"),
        CircuitClosed => new("closed a tab"),
        CircuitDisconnected => new("lost a tab's connection"),
        CircuitReconnected => new("has a tab back"),
        _ => null,
    };
}
