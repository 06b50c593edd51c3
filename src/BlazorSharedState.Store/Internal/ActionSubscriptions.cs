namespace BlazorSharedState.Store.Internal;

/// <summary>
/// Action subscriptions by the type they asked for. An action reaches the subscriptions whose type
/// it is: that very type, a base type or an interface of it (as for reducers, and as in Fluxor).
/// The loop looks up, once per action, the lists its concrete type reaches, so an action nobody
/// asked for costs one lookup however many subscriptions wait for other types (and nothing while
/// nobody subscribes to actions at all).
/// </summary>
internal sealed class ActionSubscriptions(Action<int> countChanged)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Type, SubscriberList<LoggedAction>> _byType = [];

    // The loop's own, never touched elsewhere: which lists each concrete action type reaches.
    // Types are only ever added, so their count tells the loop when to work the routes out again.
    private readonly Dictionary<Type, SubscriberList<LoggedAction>[]> _routes = [];
    private int _types;
    private int _routedTypes;

    public IDisposable Add(Type actionType, Action<LoggedAction> onAction)
    {
        SubscriberList<LoggedAction>? subscribers;
        lock (_gate)
        {
            if (!_byType.TryGetValue(actionType, out subscribers))
            {
                _byType.Add(actionType, subscribers = new SubscriberList<LoggedAction>(countChanged));
                Volatile.Write(ref _types, _byType.Count);
            }
        }

        return subscribers.Add(onAction);
    }

    /// <summary>The subscriber lists an action of <paramref name="actionType"/> reaches; called on the loop only.</summary>
    public SubscriberList<LoggedAction>[] For(Type actionType)
    {
        var types = Volatile.Read(ref _types);
        if (types == 0)
        {
            return [];
        }

        if (types != _routedTypes)
        {
            _routes.Clear();
            _routedTypes = types;
        }

        if (!_routes.TryGetValue(actionType, out var route))
        {
            lock (_gate)
            {
                route = [.. _byType.Where(pair => pair.Key.IsAssignableFrom(actionType)).Select(pair => pair.Value)];
            }

            _routes.Add(actionType, route);
        }

        return route;
    }
}
