using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace BlazorSharedState.Store.Internal;

/// <summary>The store's instruments; recording is near free while nobody listens.</summary>
internal sealed class StoreMetrics
{
    private readonly Counter<long> _reduced;
    private readonly Counter<long> _rejected;
    private readonly Histogram<double> _reduceDuration;
    private long _subscriptions;

    public StoreMetrics(IMeterFactory meterFactory, Func<int> queueLength)
    {
        var meter = meterFactory.Create(SharedStore.MeterName);
        _reduced = meter.CreateCounter<long>("sharedstore.actions.reduced", "{action}", "Actions accepted and reduced.");
        _rejected = meter.CreateCounter<long>("sharedstore.actions.rejected", "{action}", "Actions rejected by a guard or a failing reducer.");
        _reduceDuration = meter.CreateHistogram<double>("sharedstore.reduce.duration", "s", "Time to apply an accepted action: reduce and commit, and publish its state unless it waits for its batch to publish.");
        meter.CreateObservableUpDownCounter("sharedstore.subscriptions", () => Subscriptions, "{subscription}", "Live subscriptions to feature states and actions.");
        meter.CreateObservableGauge("sharedstore.queue.length", queueLength, "{action}", "Actions waiting to be reduced.");
    }

    public long Subscriptions => Volatile.Read(ref _subscriptions);

    /// <summary>Whether anyone listens to the duration histogram; saves two clock reads per action when not.</summary>
    public bool TimingEnabled => _reduceDuration.Enabled;

    public void SubscriptionCountChanged(int delta) => Interlocked.Add(ref _subscriptions, delta);

    public void Reduced(string action, long startTimestamp)
    {
        var tag = new KeyValuePair<string, object?>("action", action);
        _reduced.Add(1, tag);
        if (startTimestamp != 0 && _reduceDuration.Enabled)
        {
            _reduceDuration.Record(Stopwatch.GetElapsedTime(startTimestamp).TotalSeconds, tag);
        }
    }

    public void Rejected(string action) => _rejected.Add(1, new KeyValuePair<string, object?>("action", action));
}
