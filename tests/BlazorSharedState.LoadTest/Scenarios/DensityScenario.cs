using BlazorSharedState.LoadTest.Client;
using BlazorSharedState.LoadTest.Measuring;

namespace BlazorSharedState.LoadTest.Scenarios;

/// <summary>
/// L1: N idle circuits in one chat room, each its own user. What each circuit costs the server
/// (resident memory and live managed heap, before and after) and how fast they connect.
/// </summary>
internal static class DensityScenario
{
    public static async Task<Crowd> RunAsync(LoadReport report, string label, Uri baseUrl, int processId, LoadOptions options)
    {
        // One circuit first, so the memory before counts the app's warmed-up code, not the first page.
        var crowd = new Crowd();
        await crowd.ArriveOneAsync(baseUrl, options.ChatPath, new HeadlessTabOptions { KeepsDocument = false });
        await Quiet.SettleAsync(crowd.Tabs, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10));
        var heapBefore = await ManagedHeap.AfterFullCollectionAsync(processId);
        var rssBefore = ProcessMemory.ResidentBytes(processId);

        var idle = new HeadlessTabOptions { KeepsDocument = false, WaitTimeout = TimeSpan.FromSeconds(90) };
        var (n, took) = await crowd.ArriveAsync(baseUrl, options.Circuits, _ => options.ChatPath, idle, options.OpenInParallel, options.ArrivalBudget);
        await Quiet.SettleAsync(crowd.Tabs, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(60));

        var heapAfter = await ManagedHeap.AfterFullCollectionAsync(processId);
        var rssAfter = ProcessMemory.ResidentBytes(processId);
        report.Add("L1", $"{label}: {LoadReport.Count(n)} idle circuits on {options.ChatPath}, each its own user: connect rate",
            $"{LoadReport.Count(n / took.TotalSeconds)} circuits/s ({took.TotalSeconds:0.0} s, {options.OpenInParallel} opening at once)");
        report.Add("L1", $"{label}: server resident memory per circuit (VmRSS, {LoadReport.Bytes(rssBefore)} → {LoadReport.Bytes(rssAfter)})",
            LoadReport.Bytes((rssAfter - rssBefore) / (double)n));
        report.Add("L1", $"{label}: server managed heap per circuit, after a full GC",
            heapBefore is { } before && heapAfter is { } after
                ? $"{LoadReport.Bytes((after - before) / (double)n)} ({LoadReport.Bytes(before)} → {LoadReport.Bytes(after)})"
                : "not measured (the diagnostics port did not answer)");
        var batches = crowd.Tabs.Sum(t => t.BatchesReceived);
        var why = options.ChatPath.StartsWith("/chat", StringComparison.Ordinal)
            ? ": every arrival changes the room's presence list for everyone already there"
            : string.Empty;
        report.Note($"L1 {label}: the {LoadReport.Count(n + 1)} tabs on {options.ChatPath} received {LoadReport.Count(batches)} render batches ({LoadReport.Bytes(crowd.Tabs.Sum(t => t.BytesReceived))}) while the crowd arrived{why}.");
        ReportFailures(report, "L1", label, crowd);
        return crowd;
    }

    public static void ReportFailures(LoadReport report, string id, string label, Crowd crowd)
    {
        var (count, first) = crowd.Failures();
        if (count > 0)
        {
            report.Note($"{id} {label}: {count} tabs failed; the first: {first}");
        }
    }
}
