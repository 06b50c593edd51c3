using System.Globalization;

namespace BlazorSharedState.LoadTest.Measuring;

/// <summary>
/// Refuses a run that cannot fit the machine: the server and this client hold every circuit in
/// memory on the same machine, and running out of memory takes everything on it down with them.
/// </summary>
internal static class CircuitGuard
{
    public const int MostCircuits = 100_000;

    /// <summary>
    /// Both ends of one circuit in a chat room, with room to spare: the server's resident memory
    /// (1.2 MiB a circuit with 1,000 in one room; up to 2 MiB in small rooms, where the GC's
    /// reserve weighs more) and the load client's idle tab (about 0.3 MiB).
    /// </summary>
    private const long BytesPerCircuit = 2L * 1024 * 1024;

    /// <summary>Why a room of <paramref name="circuits"/> is refused, or null when it may run.</summary>
    public static string? RefusalFor(int circuits)
    {
        if (circuits > MostCircuits)
        {
            return $"{LoadReport.Count(circuits)} circuits is more than this load program opens ({LoadReport.Count(MostCircuits)}).";
        }

        var needed = circuits * BytesPerCircuit;
        return AvailableBytes() is { } available && needed > available
            ? $"{LoadReport.Count(circuits)} circuits need about {LoadReport.Bytes(needed)} (server and load client, {LoadReport.Bytes(BytesPerCircuit)} a circuit), " +
              $"but the machine has {LoadReport.Bytes(available)} available (MemAvailable in /proc/meminfo). Ask for fewer circuits, or free memory first."
            : null;
    }

    /// <summary>MemAvailable, or null where there is no /proc/meminfo.</summary>
    private static long? AvailableBytes()
    {
        const string path = "/proc/meminfo";
        if (!File.Exists(path))
        {
            return null;
        }

        var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith("MemAvailable:", StringComparison.Ordinal));
        return line is null ? null : long.Parse(line["MemAvailable:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
    }
}
