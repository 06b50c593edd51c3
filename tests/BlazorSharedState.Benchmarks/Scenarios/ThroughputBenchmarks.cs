using BenchmarkDotNet.Attributes;
using BlazorSharedState.Benchmarks.Baseline;

namespace BlazorSharedState.Benchmarks.Scenarios;

/// <summary>S1: actions per second through the store with a trivial reducer, against the baseline.</summary>
public class ThroughputBenchmarks
{
    public const int Actions = 400_000;
    public const int Producers = 16;

    private TallyStore _store = default!;
    private EventCounterService _baseline = default!;

    [GlobalSetup]
    public void Setup()
    {
        _store = new TallyStore();
        _baseline = new EventCounterService();
        _baseline.Changed += () => { };
    }

    [GlobalCleanup]
    public void Cleanup() => _store.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(OperationsPerInvoke = Actions)]
    public void BaselineOneProducer()
    {
        for (var i = 0; i < Actions; i++)
        {
            _baseline.Increment();
        }
    }

    [Benchmark(OperationsPerInvoke = Actions)]
    public void StoreOneProducerFireAndForget()
    {
        var store = _store.Store;
        var target = store.Sequence + Actions;
        for (var i = 0; i < Actions; i++)
        {
            store.Dispatch(AwaitingProducers.Tick, AwaitingProducers.Origin);
        }

        var spin = new SpinWait();
        while (store.Sequence < target)
        {
            spin.SpinOnce();
        }
    }

    [Benchmark(OperationsPerInvoke = Actions)]
    public void BaselineSixteenProducers() => Parallel.For(0, Producers, new ParallelOptions { MaxDegreeOfParallelism = Producers }, _ =>
    {
        for (var i = 0; i < Actions / Producers; i++)
        {
            _baseline.Increment();
        }
    });

    [Benchmark(OperationsPerInvoke = Actions)]
    public void StoreSixteenProducersAwaiting() =>
        AwaitingProducers.RunAsync(_store.Store, Producers, answered => answered < Actions / Producers).GetAwaiter().GetResult();
}
