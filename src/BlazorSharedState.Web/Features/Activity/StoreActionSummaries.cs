using BlazorSharedState.Store;
using BlazorSharedState.Store.Blazor.Circuits;

namespace BlazorSharedState.Web.Features.Activity;

/// <summary>The store's own actions: servers starting and going, and the life of browser tabs (circuits).</summary>
internal sealed class StoreActionSummaries : IActionSummaries
{
    public ActionSummary? Summarize(object action, ActionMeta meta) => action switch
    {
        ServerStarted => new(meta.Server is { } server ? $"server {server} started" : "the server started"),
        ServerGone gone => new($"server {gone.Server} is gone, with its tabs"),
        CircuitOpened => new("opened a tab"),
        CircuitClosed => new("closed a tab"),
        CircuitDisconnected => new("lost a tab's connection"),
        CircuitReconnected => new("has a tab back"),
        _ => null,
    };
}
