namespace BlazorSharedState.LoadTest.Measuring;

/// <summary>A server process's memory at one moment: resident, and live managed heap after a full collection.</summary>
/// <param name="HeapBytes">Null when the diagnostics port did not answer in time.</param>
internal sealed record ServerMemory(long ResidentBytes, long? HeapBytes)
{
    public static async Task<ServerMemory> MeasureAsync(int processId)
    {
        // The heap first: its full collection returns what garbage held before the resident figure is read.
        var heap = await ManagedHeap.AfterFullCollectionAsync(processId);
        return new ServerMemory(ProcessMemory.ResidentBytes(processId), heap);
    }
}
