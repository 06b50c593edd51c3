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

    /// <summary>A stable default name, e.g. "Guest 3F2A", until the user picks one.</summary>
    public static string GuestName(string userId) =>
        $"Guest {userId[..Math.Min(4, userId.Length)].ToUpperInvariant()}";
}
