using BlazorSharedState.Store;

namespace BlazorSharedState.Benchmarks.Scenarios;

/// <summary>The trivial feature for raw store throughput: one number, one reducer, no guard.</summary>
[FeatureState]
public sealed record BenchTally(long Count)
{
    private BenchTally()
        : this(0)
    {
    }

    /// <summary>The action every throughput scenario dispatches.</summary>
    public sealed record Tick;

    [ReducerMethod]
    public static BenchTally OnTick(BenchTally state, Tick action) => new(state.Count + 1);
}
