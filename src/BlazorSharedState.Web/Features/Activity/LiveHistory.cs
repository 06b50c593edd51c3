using BlazorSharedState.Store;

namespace BlazorSharedState.Web.Features.Activity;

/// <summary>
/// The store's history as it is applied, handed to one component in batches. On the store's loop
/// an entry only joins a queue; a drain on the thread pool describes the queued entries and hands
/// them to the component's context at most every <see cref="Interval"/>, so a burst of thousands
/// of actions costs a handful of renders. At most <see cref="ActivityList.LiveCapacity"/> entries
/// wait: a tab that falls further behind drops the oldest (they stay in the log) and is told so.
/// </summary>
internal sealed class LiveHistory : IDisposable
{
    /// <summary>The fastest a list of actions is worth re-rendering: ten times a second reads as live.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly Lock _gate = new();
    private readonly Queue<HistoryEntry> _waiting = new();
    private readonly Func<HistoryEntry, bool> _keep;
    private readonly Func<HistoryEntry, ActivityItem> _describe;
    private readonly Func<Action, Task> _invokeAsync;
    private readonly Action<LiveBatch> _deliver;
    private readonly TimeProvider _clock;
    private IDisposable? _subscription;
    private bool _skipped;
    private bool _draining;
    private long _lastDelivery;
    private volatile bool _disposed;

    private LiveHistory(
        Func<HistoryEntry, bool> keep, Func<HistoryEntry, ActivityItem> describe, Func<Action, Task> invokeAsync, Action<LiveBatch> deliver, TimeProvider clock)
    {
        (_keep, _describe, _invokeAsync, _deliver, _clock) = (keep, describe, invokeAsync, deliver, clock);
    }

    /// <summary>
    /// Subscribes to <paramref name="store"/>: the entries that <paramref name="keep"/> accepts reach
    /// <paramref name="deliver"/> through <paramref name="invokeAsync"/> (the component's), in order.
    /// </summary>
    /// <param name="clock">Paces deliveries. It is about screens, not the log: pass real time.</param>
    public static LiveHistory Start(
        SharedStore store, Func<HistoryEntry, bool> keep, Func<HistoryEntry, ActivityItem> describe,
        Func<Action, Task> invokeAsync, Action<LiveBatch> deliver, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(store);
        var live = new LiveHistory(keep, describe, invokeAsync, deliver, clock);
        live._subscription = store.SubscribeToHistory(live.OnApplied);
        return live;
    }

    public void Dispose()
    {
        _disposed = true;
        _subscription?.Dispose();
    }

    /// <summary>On the store's loop: queue, and start a drain unless one runs. Never more.</summary>
    private void OnApplied(HistoryEntry entry)
    {
        if (!_keep(entry))
        {
            return;
        }

        lock (_gate)
        {
            if (_waiting.Count == ActivityList.LiveCapacity)
            {
                _waiting.Dequeue();
                _skipped = true;
            }

            _waiting.Enqueue(entry);
            if (_draining)
            {
                return;
            }

            _draining = true;
        }

        // An idle Blazor dispatcher would run the component's work inline, on the loop: the pool hands it over.
        ThreadPool.UnsafeQueueUserWorkItem(static live => _ = live.DrainAsync(), this, preferLocal: false);
    }

    /// <summary>
    /// One drain at a time delivers batch after batch, each after the last has been handed over,
    /// so batches arrive in order; the first after a quiet spell goes at once.
    /// </summary>
    private async Task DrainAsync()
    {
        while (true)
        {
            var wait = Interval - _clock.GetElapsedTime(_lastDelivery);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, _clock);
            }

            HistoryEntry[] entries;
            bool skipped;
            lock (_gate)
            {
                if (_waiting.Count == 0 || _disposed)
                {
                    _draining = false;
                    return;
                }

                (entries, skipped) = ([.. _waiting], _skipped);
                _waiting.Clear();
                _skipped = false;
            }

            _lastDelivery = _clock.GetTimestamp();
            try
            {
                await DeliverAsync(new LiveBatch([.. entries.Select(_describe)], skipped));
            }
            catch
            {
                // A failing summary or render loses this batch, not the feed: the next entry drains
                // again, and its batch says entries were skipped, so the list stays unbroken.
                lock (_gate)
                {
                    _draining = false;
                    _skipped = true;
                }

                throw;
            }
        }
    }

    private async Task DeliverAsync(LiveBatch batch)
    {
        try
        {
            await _invokeAsync(() =>
            {
                if (!_disposed)
                {
                    _deliver(batch);
                }
            });
        }
        catch (ObjectDisposedException)
        {
            // The circuit is gone; there is nobody left to show the entries to.
        }
    }
}
