using System.Diagnostics.CodeAnalysis;
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

    /// <summary>The cookie in which the browser remembers its zone, so even a prerendered page shows the viewer's times.</summary>
    public const string CookieName = "viewer-tz";

    /// <summary>
    /// The zone the browser named (an IANA id such as "Europe/Berlin"); the server's for an id it
    /// doesn't know or that is no zone name at all (the id comes from the client).
    /// </summary>
    public static ViewerTimeZone FromBrowser(string? ianaId) => TryFromBrowser(ianaId, out var zone) ? zone : Server;

    /// <summary>The zone the browser named, if it is a zone name the server knows.</summary>
    public static bool TryFromBrowser(string? ianaId, [NotNullWhen(true)] out ViewerTimeZone? zone)
    {
        zone = IsZoneName(ianaId) && TimeZoneInfo.TryFindSystemTimeZoneById(ianaId, out var found) ? new(found) : null;
        return zone is not null;
    }

    /// <summary><paramref name="time"/> on this viewer's clock, in <paramref name="format"/>.</summary>
    public string Format(DateTimeOffset time, string format) =>
        TimeZoneInfo.ConvertTime(time, Zone).ToString(format, CultureInfo.InvariantCulture);

    // IANA names are short paths of letters, digits, '_', '-' and '+' ("America/Argentina/Buenos_Aires",
    // "Etc/GMT+5"). Zones are looked up as files on Linux, so nothing else reaches the lookup.
    private static bool IsZoneName([NotNullWhen(true)] string? id) =>
        id is { Length: > 0 and <= 64 }
        && char.IsAsciiLetter(id[0])
        && !id.Contains("..", StringComparison.Ordinal)
        && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '_' or '-' or '+');
}
