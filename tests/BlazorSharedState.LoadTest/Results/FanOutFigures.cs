using BlazorSharedState.LoadTest.Measuring;

namespace BlazorSharedState.LoadTest.Results;

/// <summary>L2 at one step: click on Send → the last of <paramref name="Circuits"/> circuits' batch carrying the message.</summary>
/// <param name="Missed">Messages that did not reach every circuit in time (not in the latencies).</param>
/// <param name="Idle">The room's CPU at idle just after the sends, taken off <paramref name="Cpu"/> to leave what the messages cost.</param>
internal sealed record FanOutFigures(int Circuits, IReadOnlyList<double> Latencies, int Missed, CpuShare Cpu, CpuShare Idle, int Messages, TimeSpan Took)
{
    /// <summary>Server CPU time per message, in ms, over the room's idle upkeep.</summary>
    public double ServerMsPerMessage => (Cpu.ServerPercent - Idle.ServerPercent) * 10 * Took.TotalSeconds / Messages;

    /// <summary>The load client's CPU time per message, in ms, over its idle upkeep: receiving and reading every tab's batch.</summary>
    public double ClientMsPerMessage => (Cpu.ClientPercent - Idle.ClientPercent) * 10 * Took.TotalSeconds / Messages;

    public double P50 => Percentiles.Of(Latencies, 50);

    public double P99 => Percentiles.Of(Latencies, 99);

    public double Max => Latencies.DefaultIfEmpty(double.NaN).Max();
}
