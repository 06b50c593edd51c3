using BlazorSharedState.LoadTest.Measuring;
using BlazorSharedState.LoadTest.Scenarios;

namespace BlazorSharedState.LoadTest.Results;

/// <summary>
/// L1 at one step: <paramref name="Circuits"/> idle circuits in the room, what they cost the
/// server over the memory before the crowd, and how fast this step's arrivals connected.
/// </summary>
/// <param name="Idle">CPU over a stretch with the circuits open and nothing happening: their upkeep.</param>
internal sealed record DensityFigures(int Circuits, Arrival Arrival, ServerMemory Before, ServerMemory After, CpuShare Cpu, CpuShare Idle)
{
    public double ConnectRate => Arrival.PerSecond;

    public double ResidentPerCircuit => (After.ResidentBytes - Before.ResidentBytes) / (double)Circuits;

    public double? HeapPerCircuit => After.HeapBytes - Before.HeapBytes is { } grown ? grown / (double)Circuits : null;
}
