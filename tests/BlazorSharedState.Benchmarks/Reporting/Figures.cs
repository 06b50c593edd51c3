using System.Globalization;

namespace BlazorSharedState.Benchmarks.Reporting;

/// <summary>Formatting and statistics shared by the scenarios.</summary>
internal static class Figures
{
    public static string Rate(double perSecond) => perSecond >= 1_000_000
        ? string.Create(CultureInfo.InvariantCulture, $"{perSecond / 1_000_000:0.00} M/s")
        : string.Create(CultureInfo.InvariantCulture, $"{perSecond / 1_000:0.0} k/s");

    public static string Ms(double milliseconds) => string.Create(CultureInfo.InvariantCulture, $"{milliseconds:0.00} ms");

    public static string Seconds(double seconds) => string.Create(CultureInfo.InvariantCulture, $"{seconds:0.00} s");

    public static string Ratio(double value) => string.Create(CultureInfo.InvariantCulture, $"{value:0.00}×");

    public static string Count(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Bytes(double value) => string.Create(CultureInfo.InvariantCulture, $"{value:0} B");

    public static string Megabytes(double bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024 * 1024):0.0} MiB");

    /// <summary>The <paramref name="percentile"/> (0–100) of <paramref name="samples"/>, nearest rank.</summary>
    public static double Percentile(IReadOnlyCollection<double> samples, double percentile)
    {
        var sorted = samples.Order().ToArray();
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
