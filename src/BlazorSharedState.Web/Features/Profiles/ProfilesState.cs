using System.Collections.Immutable;
using BlazorSharedState.Store;

namespace BlazorSharedState.Web.Features.Profiles;

/// <summary>Display names chosen by users; everyone else is shown a guest name.</summary>
[FeatureState(Name = "Profiles")]
public sealed record ProfilesState(ImmutableDictionary<string, string> Nicknames)
{
    private ProfilesState()
        : this(ImmutableDictionary<string, string>.Empty)
    {
    }

    /// <summary>The name to show for <paramref name="userId"/>.</summary>
    public string DisplayNameOf(string userId) =>
        Nicknames.TryGetValue(userId, out var nickname) ? nickname : GuestName(userId);

    /// <summary>Who has chosen a name that reads as <paramref name="name"/> (see <see cref="Nickname.SameName"/>), if anyone.</summary>
    public string? OwnerOf(string name) =>
        Nicknames.FirstOrDefault(entry => Nickname.SameName(entry.Value, name)).Key;

    /// <summary>A stable default name, e.g. "Guest 3F2A", until the user picks one.</summary>
    public static string GuestName(string userId)
    {
        ArgumentNullException.ThrowIfNull(userId);
        return $"{Nickname.GuestPrefix} {userId[..Math.Min(4, userId.Length)].ToUpperInvariant()}";
    }

    /// <summary>Whether <paramref name="name"/> is <paramref name="userId"/>'s own <see cref="GuestName"/>, in any case.</summary>
    public static bool IsOwnGuestName(string name, string userId) => Nickname.SameName(name, GuestName(userId));
}
