using Microsoft.Extensions.Logging;

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

    /// <summary>Whether nobody subscribes; lets the loop skip building what nobody would hear.</summary>
    public bool IsEmpty => Snapshot().Length == 0;

    /// <summary>
    /// Tells every subscriber, on the caller's thread (the loop's). One that throws is logged as a
    /// subscriber of <paramref name="source"/>; the others still hear.
    /// </summary>
    public void Publish(T value, ILogger logger, string source)
    {
        foreach (var subscription in Snapshot())
        {
            try
            {
                subscription.Notify(value);
            }
#pragma warning disable CA1031 // One broken subscriber must not keep the others uninformed.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                StoreLog.SubscriberFailed(logger, exception, source);
            }
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
