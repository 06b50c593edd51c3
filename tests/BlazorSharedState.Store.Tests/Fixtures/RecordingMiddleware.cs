using System.Collections.Concurrent;
using BlazorSharedState.Store;

namespace BlazorSharedState.Store.Tests.Fixtures;

public sealed class RecordingMiddleware : IStoreMiddleware
{
    public ConcurrentQueue<string> Events { get; } = new();

    public void BeforeReduce(object action, ActionMeta meta) => Events.Enqueue($"before {action.GetType().Name} #{meta.Sequence}");

    public void AfterReduce(object action, ActionMeta meta) => Events.Enqueue($"after {action.GetType().Name} #{meta.Sequence}");

    public void AfterReject(object action, ActionMeta meta, string reason) => Events.Enqueue($"rejected {action.GetType().Name}");
}
