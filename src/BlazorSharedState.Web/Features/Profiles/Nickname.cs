using System.Text;
using BlazorSharedState.Web.Text;

namespace BlazorSharedState.Web.Features.Profiles;

/// <summary>
/// The rules for a display name: the shared <see cref="TextRule"/>s, 1 to 24 characters on one line,
/// not a guest's name, and told apart from other names by more than case, spacing or joiners.
/// </summary>
public static class Nickname
{
    /// <summary>Most characters a reader sees.</summary>
    public const int MaxCharacters = 24;

    /// <summary>Most UTF-16 code units kept; the name box's <c>maxlength</c>.</summary>
    public const int MaxLength = 96;

    /// <summary>Default names start with this (<see cref="ProfilesState.GuestName"/>); nobody may pick one.</summary>
    public const string GuestPrefix = "Guest";

    public static TextRule Rule { get; } = new("Your name", "Your name can't be empty.", MaxCharacters, MaxLength, AllowsLineBreaks: false);

    /// <summary>The name as it will be stored.</summary>
    public static string Normalize(string? nickname) => TypedText.Normalize(nickname);

    /// <summary>Why <paramref name="nickname"/> can't be used at all, or null when it can.</summary>
    public static string? Problem(string? nickname) => Rule.Problem(nickname);

    /// <summary>Whether <paramref name="name"/> looks like a guest's default name: "Guest", a space, anything (any case).</summary>
    public static bool IsGuestName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Length > GuestPrefix.Length
            && name.StartsWith(GuestPrefix, StringComparison.OrdinalIgnoreCase)
            && char.IsWhiteSpace(name[GuestPrefix.Length]);
    }

    /// <summary>
    /// Whether two normalized names read the same: case aside, and with joiners dropped and runs of
    /// whitespace as one space, since a browser shows "Bob  Smith" as "Bob Smith".
    /// </summary>
    public static bool SameName(string a, string b) => string.Equals(Shape(a), Shape(b), StringComparison.OrdinalIgnoreCase);

    private static string Shape(string name)
    {
        var shape = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c))
            {
                if (shape.Length == 0 || shape[^1] != ' ')
                {
                    shape.Append(' ');
                }
            }
            else if (!CharacterKinds.IsJoiner(c))
            {
                shape.Append(c);
            }
        }

        return shape.ToString();
    }
}
