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

    /// <summary>
    /// How long a chosen name is kept after its user was last here: the guest cookie's lifetime,
    /// after which nobody can come back as that user, so the name is free for someone else.
    /// </summary>
    public static readonly TimeSpan NameRetention = TimeSpan.FromDays(365);

    /// <summary>When each user in <see cref="Nicknames"/> last named themselves or opened or closed a tab.</summary>
    public ImmutableDictionary<string, DateTimeOffset> LastSeen { get; init; } = ImmutableDictionary<string, DateTimeOffset>.Empty;

    /// <summary>Whether a <c>TidyUp</c> at <paramref name="now"/> would change anything.</summary>
    public bool IsTidyDue(DateTimeOffset now) =>
        LastSeen.Count != Nicknames.Count || LastSeen.Values.Any(seen => now - seen >= NameRetention);

    /// <summary>
    /// The state without the names of users gone for <see cref="NameRetention"/> at <paramref name="now"/>.
    /// Names chosen before <see cref="LastSeen"/> was kept are counted from this tidy-up.
    /// </summary>
    public ProfilesState TidiedUp(DateTimeOffset now)
    {
        var gone = LastSeen.Where(user => now - user.Value >= NameRetention).Select(user => user.Key).ToList();
        var undated = Nicknames.Keys.Where(user => !LastSeen.ContainsKey(user)).ToList();
        return gone.Count == 0 && undated.Count == 0 ? this : this with
        {
            Nicknames = Nicknames.RemoveRange(gone),
            LastSeen = LastSeen.RemoveRange(gone).SetItems(undated.Select(user => KeyValuePair.Create(user, now))),
        };
    }

    /// <summary>The state noting that <paramref name="userId"/> is here at <paramref name="now"/>, if they have a name to keep.</summary>
    public ProfilesState Seeing(string userId, DateTimeOffset now) =>
        Nicknames.ContainsKey(userId) ? this with { LastSeen = LastSeen.SetItem(userId, now) } : this;

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
