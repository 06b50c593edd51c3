using System.Text.Encodings.Web;
using System.Text.Json;

namespace BlazorSharedState.Web.Features.Activity;

/// <summary>
/// A logged payload re-written for people: the log's JSON escapes every non-ASCII and HTML
/// character (<c>\u003C</c>), which is safe but unreadable. Pages show it as text, never markup,
/// so the relaxed encoder is safe here.
/// </summary>
internal static class PayloadJson
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Pretty = Compact with { Indented = true };

    /// <summary>On one line, as short as it goes.</summary>
    public static string OneLine(string json) => Rewrite(json, Compact);

    /// <summary>Indented, one property per line.</summary>
    public static string Indented(string json) => Rewrite(json, Pretty);

    private static string Rewrite(string json, JsonWriterOptions options)
    {
        using var document = JsonDocument.Parse(json);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            document.RootElement.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
