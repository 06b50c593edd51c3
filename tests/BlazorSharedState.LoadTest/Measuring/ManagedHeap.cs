using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers;

namespace BlazorSharedState.LoadTest.Measuring;

/// <summary>
/// Another .NET process's managed heap after a full collection, through its diagnostics port:
/// an EventPipe session with the GCHeapCollect keyword makes the runtime collect (as
/// dotnet-gcdump does), and the collection's GCHeapStats event gives each generation's size.
/// </summary>
internal static class ManagedHeap
{
    /// <summary>Bytes live on the managed heap after an induced full GC, or null when the process wouldn't say in time.</summary>
    public static async Task<long?> AfterFullCollectionAsync(int processId)
    {
        var keywords = (long)(ClrTraceEventParser.Keywords.GC | ClrTraceEventParser.Keywords.GCHeapCollect);
        var client = new DiagnosticsClient(processId);
        using var session = client.StartEventPipeSession(
            new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Informational, keywords), requestRundown: false);
        var heap = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        var reading = Task.Run(() =>
        {
            using var source = new EventPipeEventSource(session.EventStream);
            source.Clr.GCHeapStats += stats => heap.TrySetResult(stats.TotalHeapSize);
            source.Process();
        });

        long? bytes;
        try
        {
            bytes = await heap.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (TimeoutException)
        {
            bytes = null;
        }

        await session.StopAsync(CancellationToken.None);
        await reading.WaitAsync(TimeSpan.FromSeconds(10));
        return bytes;
    }
}
