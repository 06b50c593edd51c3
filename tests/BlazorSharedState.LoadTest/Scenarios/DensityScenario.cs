using BlazorSharedState.LoadTest.Measuring;
using BlazorSharedState.LoadTest.Results;

namespace BlazorSharedState.LoadTest.Scenarios;

/// <summary>
/// L1: idle circuits in one chat room, each its own user. What each circuit costs the server
/// (resident memory and live managed heap, over the memory before the crowd) and how fast this
/// step's arrivals connect, while the server and this client share the machine's cores.
/// </summary>
internal static class DensityScenario
{
    private static readonly TimeSpan IdleWindow = TimeSpan.FromSeconds(10);

    public static async Task<DensityFigures> GrowAsync(LoadReport report, string label, RoomCrowd room, int circuits, LoadOptions options)
    {
        var batchesBefore = room.Watchers.Sum(t => t.BatchesReceived);
        var bytesBefore = room.Watchers.Sum(t => t.BytesReceived);
        var cpu = CpuWatch.Start(room.Server.ProcessId);
        var arrivals = circuits - room.Arrived;
        var arrival = await room.GrowToAsync(circuits, options.OpenInParallel, options.BudgetFor(arrivals));
        await Quiet.SettleAsync(room.Watchers, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(60));
        var share = cpu.Stop();
        var memory = await ServerMemory.MeasureAsync(room.Server.ProcessId);
        var idle = CpuWatch.Start(room.Server.ProcessId);
        await Task.Delay(IdleWindow);
        var figures = new DensityFigures(room.Arrived, arrival, room.Before, memory, share, idle.Stop());

        var n = figures.Circuits;
        var thisStep = arrival.Opened == n ? string.Empty : $" (+{LoadReport.Count(arrival.Opened)} in this step)";
        report.Add("L1", $"{label}: {LoadReport.Count(n)} idle circuits on {room.Path}{thisStep}, each its own user: connect rate",
            $"{LoadReport.Count(figures.ConnectRate)} circuits/s ({arrival.Took.TotalSeconds:0.0} s, {options.OpenInParallel} opening at once)");
        report.Add("L1", $"{label}: server resident memory per circuit (VmRSS, {LoadReport.Bytes(room.Before.ResidentBytes)} → {LoadReport.Bytes(figures.After.ResidentBytes)})",
            LoadReport.Bytes(figures.ResidentPerCircuit));
        report.Add("L1", $"{label}: server managed heap per circuit, after a full GC",
            figures.HeapPerCircuit is { } perCircuit
                ? $"{LoadReport.Bytes(perCircuit)} ({LoadReport.Bytes(room.Before.HeapBytes!.Value)} → {LoadReport.Bytes(figures.After.HeapBytes!.Value)})"
                : "not measured (the diagnostics port did not answer)");
        report.Add("L1", $"{label}: CPU while the {LoadReport.Count(arrival.Opened)} arrived and settled; the load client's resident memory",
            $"{share}; {LoadReport.Bytes(ProcessMemory.ResidentBytes(Environment.ProcessId))}");
        report.Add("L1", $"{label}: CPU in the {IdleWindow.TotalSeconds:0} s after the {LoadReport.Count(n)} circuits settled, with nothing happening (the runtime may still be at work: see L2's idle figure)", figures.Idle.ToString());
        var batches = room.Watchers.Sum(t => t.BatchesReceived) - batchesBefore;
        var why = room.Path.StartsWith("/chat", StringComparison.Ordinal)
            ? ": every arrival changes the room's presence list for everyone already there"
            : string.Empty;
        report.Note($"L1 {label}: the {LoadReport.Count(room.Watchers.Count)} tabs on {room.Path} received {LoadReport.Count(batches)} render batches ({LoadReport.Bytes(room.Watchers.Sum(t => t.BytesReceived) - bytesBefore)}) while {LoadReport.Count(arrival.Opened)} arrived{why}.");
        return figures;
    }

    public static void ReportFailures(LoadReport report, string id, string label, (int Count, string? First) failures)
    {
        if (failures.Count > 0)
        {
            report.Note($"{id} {label}: {failures.Count} tabs failed; the first: {failures.First}");
        }
    }
}
