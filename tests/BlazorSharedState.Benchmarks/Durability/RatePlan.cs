namespace BlazorSharedState.Benchmarks.Durability;

/// <summary>How a rate is measured: a warm-up that isn't counted, then <see cref="Repetitions"/> windows or runs.</summary>
/// <param name="Window">How long each measured window of producers lasts.</param>
/// <param name="FloorActions">How many pre-built actions each run of the floor appends.</param>
internal sealed record RatePlan(TimeSpan Warmup, TimeSpan Window, int Repetitions, int FloorActions)
{
    public static RatePlan For(bool quick) => quick
        ? new RatePlan(TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1), 2, 100_000)
        : new RatePlan(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3), 5, 400_000);
}
