using System.Buffers;
using System.Text;

namespace BlazorSharedState.Web.Text;

/// <summary>What every piece of typed text becomes before it is checked and stored.</summary>
public static class TypedText
{
    /// <summary>
    /// The stored form: Windows line breaks as '\n', composed (NFC) so that "é" typed as e + ◌́ and
    /// "é" typed as one character are the same text, and trimmed. Broken UTF-16 (a lone surrogate)
    /// can't be composed; it is only trimmed, and <see cref="TextRule"/> refuses it.
    /// </summary>
    public static string Normalize(string? text)
    {
        var lines = (text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal);
        return (IsWellFormed(lines) ? lines.Normalize(NormalizationForm.FormC) : lines).Trim();
    }

    /// <summary>Whether <paramref name="text"/> is whole UTF-16: every surrogate in a pair.</summary>
    public static bool IsWellFormed(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(rest, out _, out var used) != OperationStatus.Done)
            {
                return false;
            }

            rest = rest[used..];
        }

        return true;
    }
}
