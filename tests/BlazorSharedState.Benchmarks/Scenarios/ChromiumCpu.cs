using System.Globalization;

namespace BlazorSharedState.Benchmarks.Scenarios;

/// <summary>
/// CPU time used so far by every Chromium process this harness started (read from /proc), so a
/// scenario can say how much of the machine the tabs needed, not only how long they took.
/// </summary>
internal static class ChromiumCpu
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    /// <summary>Total user and system CPU time of this process's Chromium descendants; zero off Linux.</summary>
    public static TimeSpan Total()
    {
        if (!Directory.Exists("/proc"))
        {
            return TimeSpan.Zero;
        }

        var processes = new Dictionary<int, (int Parent, string Name, long Ticks)>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), out var pid) && TryReadStat(pid, out var stat))
            {
                processes[pid] = stat;
            }
        }

        var self = Environment.ProcessId;
        long ticks = 0;
        foreach (var (pid, stat) in processes)
        {
            if (stat.Name.Contains("chrom", StringComparison.OrdinalIgnoreCase) && DescendsFrom(pid, self, processes))
            {
                ticks += stat.Ticks;
            }
        }

        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    private static bool DescendsFrom(int pid, int ancestor, Dictionary<int, (int Parent, string Name, long Ticks)> processes)
    {
        for (var hops = 0; hops < 64 && processes.TryGetValue(pid, out var stat); hops++)
        {
            if (stat.Parent == ancestor)
            {
                return true;
            }

            pid = stat.Parent;
        }

        return false;
    }

    // /proc/PID/stat: "pid (comm) state ppid ... utime(14) stime(15) ..."; comm may hold spaces.
    private static bool TryReadStat(int pid, out (int Parent, string Name, long Ticks) stat)
    {
        stat = default;
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }

        var open = text.IndexOf('(');
        var close = text.LastIndexOf(')');
        if (open < 0 || close < open)
        {
            return false;
        }

        var fields = text[(close + 2)..].Split(' ');
        stat = (int.Parse(fields[1], CultureInfo.InvariantCulture), text[(open + 1)..close],
            long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture));
        return true;
    }
}
