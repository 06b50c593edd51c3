using System.Globalization;

namespace BlazorSharedState.Web.Features.Profiles;

/// <summary>The rules for a display name: trimmed, 1 to 24 visible characters, no control characters.</summary>
public static class Nickname
{
    public const int MaxLength = 24;

    /// <summary>The name as it will be stored.</summary>
    public static string Normalize(string? nickname) => (nickname ?? string.Empty).Trim();

    /// <summary>Why <paramref name="nickname"/> can't be used, or null when it can.</summary>
    public static string? Problem(string? nickname)
    {
        var name = Normalize(nickname);
        if (name.Length == 0)
        {
            return "Your name can't be empty.";
        }

        // Count what a reader sees: an emoji or accented letter is one character, not several.
        if (new StringInfo(name).LengthInTextElements > MaxLength)
        {
            return $"Your name can be at most {MaxLength} characters.";
        }

        return name.Any(char.IsControl) ? "Your name can't contain control characters." : null;
    }
}
