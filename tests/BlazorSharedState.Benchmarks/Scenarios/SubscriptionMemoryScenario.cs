using BlazorSharedState.Benchmarks.Baseline;
using BlazorSharedState.Benchmarks.Reporting;
using BlazorSharedState.Store.Blazor;
using BlazorSharedState.Store.Blazor.Internal;

namespace BlazorSharedState.Benchmarks.Scenarios;

/// <summary>S7: heap held per subscribed circuit, over 10,000 subscriptions.</summary>
internal static class SubscriptionMemoryScenario
{
    private const int Subscriptions = 10_000;

    public static async Task RunAsync(BenchmarkReport report)
    {
        await using var tally = new TallyStore();
        var baseline = new EventCounterService();

        var eventBytes = BytesPerSubscription(i =>
        {
            baseline.Changed += () => GC.KeepAlive(i);
            return null;
        });
        var storeBytes = BytesPerSubscription(i => tally.Store.Subscribe<BenchTally>(_ => GC.KeepAlive(i)));
        var facadeBytes = BytesPerSubscription(i =>
        {
            var facade = new StateFacade<BenchTally>(tally.Store, new CircuitTimeline(tally.Store));
            facade.StateChanged += (_, _) => GC.KeepAlive(i);
            return facade;
        });

        report.Add(new ResultRow("S7", "heap per subscription held by the store (10,000 subscriptions)",
            Figures.Bytes(eventBytes), Figures.Bytes(storeBytes), Figures.Ratio(storeBytes / eventBytes), "≤ 1 KB", storeBytes <= 1024));
        report.Note($"S7 with the circuit-side facade a component holds (IState<T> + its handler): {Figures.Bytes(facadeBytes)} per subscribed component.");
    }

    private static double BytesPerSubscription(Func<int, object?> subscribe)
    {
        var keep = new object?[Subscriptions];
        var before = HeapAfterFullCollection();
        for (var i = 0; i < Subscriptions; i++)
        {
            keep[i] = subscribe(i);
        }

        var after = HeapAfterFullCollection();
        GC.KeepAlive(keep);
        // The keep-alive array itself is the harness's, not the subscriptions'.
        return (after - before - (Subscriptions * IntPtr.Size)) / (double)Subscriptions;
    }

    private static long HeapAfterFullCollection()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
