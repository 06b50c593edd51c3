namespace BlazorSharedState.Store.Internal;

/// <summary>
/// Subscribers of one source: O(1) add and remove from any thread, and an array snapshot
/// for the loop that is rebuilt only after a change, so publishing allocates nothing.
/// </summary>
internal sealed class SubscriberList<T>(Action<int> countChanged)
{
    private readonly Lock _gate = new();
    private readonly HashSet<Subscription<T>> _items = [];
    private Subscription<T>[] _snapshot = [];
    private bool _dirty;

    public Subscription<T> Add(Action<T> onNext)
    {
        var subscription = new Subscription<T>(this, onNext);
        lock (_gate)
        {
            _items.Add(subscription);
            _dirty = true;
        }

        countChanged(1);
        return subscription;
    }

    public void Remove(Subscription<T> subscription)
    {
        bool removed;
        lock (_gate)
        {
            removed = _items.Remove(subscription);
            _dirty |= removed;
        }

        if (removed)
        {
            countChanged(-1);
        }
    }

    public Subscription<T>[] Snapshot()
    {
        // Fast path without the lock: a subscriber added during this read simply joins the next
        // publish, and it reads the current state when it subscribes anyway.
        if (!Volatile.Read(ref _dirty))
        {
            return Volatile.Read(ref _snapshot);
        }

        lock (_gate)
        {
            if (_dirty)
            {
                _snapshot = [.. _items];
                _dirty = false;
            }

            return _snapshot;
        }
    }
}
