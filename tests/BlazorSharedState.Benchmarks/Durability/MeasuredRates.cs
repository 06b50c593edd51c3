using System.Globalization;
using BlazorSharedState.Benchmarks.Reporting;

namespace BlazorSharedState.Benchmarks.Durability;

/// <summary>The rates of one setup's repetitions, with what its log's appends added up to over them.</summary>
/// <param name="Appends">The store's appends over the measured windows (none for the floor, which has no store).</param>
/// <param name="Measured">The wall-clock time of the measured windows.</param>
internal sealed record MeasuredRates(IReadOnlyList<double> Rates, double MeanBatch, AppendCounts Appends = default, TimeSpan Measured = default)
{
    /// <summary>The figure reported: the median repetition, so one disturbed window doesn't move it.</summary>
    public double Median => Figures.Percentile([.. Rates], 50);

    public string Spread => $"{Figures.Rate(Rates.Min())}–{Figures.Rate(Rates.Max())}";

    /// <summary>How much of the measured time the store's loop spent inside AppendAsync, and how many appends stalled.</summary>
    public string TimeInAppends => string.Create(CultureInfo.InvariantCulture,
        $"{Appends.InAppends / Measured:P0} of the time, {Figures.Count(Appends.Stalls)} appends ≥ 100 ms");
}
