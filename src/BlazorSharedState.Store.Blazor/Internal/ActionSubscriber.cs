using BlazorSharedState.Store;

namespace BlazorSharedState.Store.Blazor.Internal;

/// <summary>A circuit's action subscriptions, all ended with the circuit at the latest.</summary>
internal sealed class ActionSubscriber(SharedStore store) : IActionSubscriber, IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<object, List<IDisposable>> _bySubscriber = new(ReferenceEqualityComparer.Instance);

    public void SubscribeToAction<TAction>(object subscriber, Action<TAction, ActionMeta> callback)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        ArgumentNullException.ThrowIfNull(callback);
        var subscription = store.SubscribeToAction(callback);
        lock (_gate)
        {
            if (!_bySubscriber.TryGetValue(subscriber, out var list))
            {
                _bySubscriber[subscriber] = list = [];
            }

            list.Add(subscription);
        }
    }

    public void UnsubscribeFromAllActions(object subscriber)
    {
        List<IDisposable>? list;
        lock (_gate)
        {
            _bySubscriber.Remove(subscriber, out list);
        }

        list?.ForEach(s => s.Dispose());
    }

    public void Dispose()
    {
        List<IDisposable>[] all;
        lock (_gate)
        {
            all = [.. _bySubscriber.Values];
            _bySubscriber.Clear();
        }

        foreach (var list in all)
        {
            list.ForEach(s => s.Dispose());
        }
    }
}
