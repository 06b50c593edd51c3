namespace BlazorSharedState.LoadTest.Measuring;

/// <summary>
/// The per-address limits a test on loopback lifts: every client it starts comes from 127.0.0.1,
/// one address with many guests by design. A test of a limit sets its own value after these.
/// </summary>
internal static class LoopbackLimits
{
    private static readonly string[] PerAddress =
    [
        "NewGuestsPerMinute", "CircuitsPerAddress", "AddressActionsPerSecond", "AddressActionBurst",
        "RoomsPerAddressPerHour", "TablesPerAddressPerHour",
    ];

    /// <summary>The lifted limits as configuration keys (<c>SharedState:Limits:…</c>) and values.</summary>
    public static IReadOnlyDictionary<string, string> Settings { get; } =
        PerAddress.ToDictionary(name => $"SharedState:Limits:{name}", _ => "1000000");

    /// <summary>Lifts the limits in a child process's environment (<c>SharedState__Limits__…</c>).</summary>
    public static void LiftIn(IDictionary<string, string?> environment)
    {
        foreach (var (key, value) in Settings)
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
    }
}
