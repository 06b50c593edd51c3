namespace BlazorSharedState.Web.Features.Chat;

/// <summary>The rules for a room name: 1 to 32 of a–z, 0–9 and '-'; typed names are trimmed and lower-cased.</summary>
public static class RoomName
{
    public const int MaxLength = 32;

    /// <summary>The name as it will be stored.</summary>
    public static string Normalize(string? name) =>
#pragma warning disable CA1308 // Room names are lower-case by rule; this is not a case-insensitive comparison.
        (name ?? string.Empty).Trim().ToLowerInvariant();
#pragma warning restore CA1308

    /// <summary>Why <paramref name="name"/> can't name a room, or null when it can.</summary>
    public static string? Problem(string? name)
    {
        var room = Normalize(name);
        if (room.Length == 0)
        {
            return "A room needs a name.";
        }

        if (room.Length > MaxLength)
        {
            return $"A room name can be at most {MaxLength} characters.";
        }

        return room.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
            ? null
            : "A room name can only use letters a–z, digits and '-'.";
    }
}
