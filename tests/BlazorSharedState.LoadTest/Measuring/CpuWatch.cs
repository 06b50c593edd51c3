using System.Diagnostics;
using BlazorSharedState.LoadTest.Results;

namespace BlazorSharedState.LoadTest.Measuring;

/// <summary>Measures the CPU the server and this load program use from its start to <see cref="Stop"/>.</summary>
internal sealed class CpuWatch
{
    private readonly int _serverProcessId;
    private readonly TimeSpan _serverAtStart;
    private readonly TimeSpan _clientAtStart;
    private readonly long _startedAt;

    private CpuWatch(int serverProcessId)
    {
        _serverProcessId = serverProcessId;
        _serverAtStart = ProcessCpu.Used(serverProcessId);
        _clientAtStart = ProcessCpu.Used(Environment.ProcessId);
        _startedAt = Stopwatch.GetTimestamp();
    }

    public static CpuWatch Start(int serverProcessId) => new(serverProcessId);

    public CpuShare Stop()
    {
        var elapsed = Stopwatch.GetElapsedTime(_startedAt).TotalSeconds;
        return new CpuShare(
            (ProcessCpu.Used(_serverProcessId) - _serverAtStart).TotalSeconds / elapsed * 100,
            (ProcessCpu.Used(Environment.ProcessId) - _clientAtStart).TotalSeconds / elapsed * 100);
    }
}
