using BlazorSharedState.LoadTest.Measuring;

namespace BlazorSharedState.LoadTest.Results;

/// <summary>L2 at one step: click on Send → the last of <paramref name="Circuits"/> circuits' batch carrying the message.</summary>
/// <param name="Missed">Messages that did not reach every circuit in time (not in the latencies).</param>
internal sealed record FanOutFigures(int Circuits, IReadOnlyList<double> Latencies, int Missed, CpuShare Cpu)
{
    public double P50 => Percentiles.Of(Latencies, 50);

    public double P99 => Percentiles.Of(Latencies, 99);

    public double Max => Latencies.DefaultIfEmpty(double.NaN).Max();
}
