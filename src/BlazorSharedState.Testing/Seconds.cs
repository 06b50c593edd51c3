using System.Globalization;

namespace BlazorSharedState.Testing;

/// <summary>How failures write a wait's length: the same on every machine, whatever its culture.</summary>
internal static class Seconds
{
    public static string Of(TimeSpan span) => span.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + " s";
}
