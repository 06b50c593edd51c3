namespace BlazorSharedState.Store;

/// <summary>
/// Observes every action on the store's loop. Implementations are singletons discovered by
/// scanning; they run synchronously on the loop, so they must be quick and must not block.
/// </summary>
public interface IStoreMiddleware
{
    /// <summary>After the guards allowed the action, before any reducer ran.</summary>
    void BeforeReduce(object action, ActionMeta meta)
    {
    }

    /// <summary>After the action was reduced and its new state published.</summary>
    void AfterReduce(object action, ActionMeta meta)
    {
    }

    /// <summary>After the action was rejected; nothing changed.</summary>
    void AfterReject(object action, ActionMeta meta, string reason)
    {
    }
}
