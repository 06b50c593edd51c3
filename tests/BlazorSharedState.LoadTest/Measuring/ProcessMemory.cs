using System.Globalization;

namespace BlazorSharedState.LoadTest.Measuring;

/// <summary>A process's resident memory, as the kernel counts it (VmRSS in /proc/PID/status).</summary>
internal static class ProcessMemory
{
    public static long ResidentBytes(int processId)
    {
        var line = File.ReadLines($"/proc/{processId}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        var kilobytes = line["VmRSS:".Length..].Trim().Split(' ')[0];
        return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
    }
}
