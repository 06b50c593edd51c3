using System.Globalization;

namespace BlazorSharedState.LoadTest.Measuring;

/// <summary>CPU time a process has used, user and system (fields 14 and 15 of /proc/PID/stat).</summary>
internal static class ProcessCpu
{
    // USER_HZ: 100 on every Linux this runs on.
    private const double TicksPerSecond = 100;

    public static TimeSpan Used(int processId)
    {
        var stat = File.ReadAllText($"/proc/{processId}/stat");
        // The command name may hold spaces; the fields after it are space-separated.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }
}
