using System.Globalization;

namespace BlazorSharedState.Web.Components.Time;

/// <summary>
/// The time zone of the person looking at the page. Actions are stamped with the server's time;
/// each tab shows it on its own viewer's clock, so people in different zones read their own times.
/// </summary>
public sealed record ViewerTimeZone(TimeZoneInfo Zone)
{
    /// <summary>Until the browser has said where it is (prerendering, the first render): the server's zone.</summary>
    public static ViewerTimeZone Server { get; } = new(TimeZoneInfo.Local);

    /// <summary>The zone the browser named (an IANA id such as "Europe/Berlin"); the server's for an id it doesn't know.</summary>
    public static ViewerTimeZone FromBrowser(string? ianaId) =>
        ianaId is { Length: > 0 } && TimeZoneInfo.TryFindSystemTimeZoneById(ianaId, out var zone) ? new(zone) : Server;

    /// <summary><paramref name="time"/> on this viewer's clock, in <paramref name="format"/>.</summary>
    public string Format(DateTimeOffset time, string format) =>
        TimeZoneInfo.ConvertTime(time, Zone).ToString(format, CultureInfo.InvariantCulture);
}
