using BlazorSharedState.Store;
using BlazorSharedState.Web.Features.Profiles;

namespace BlazorSharedState.Web.Features.Activity;

/// <summary>What the reader narrowed <c>/activity</c> to; applies alike to live entries and to reading older ones.</summary>
/// <param name="Type">One logged action name, or null for every action.</param>
/// <param name="User">Text that the author's display name contains (any case), or their exact user id; null or blank for everyone.</param>
public sealed record ActivityFilter(string? Type = null, string? User = null)
{
    public bool Matches(HistoryEntry entry, ProfilesState profiles)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(profiles);
        if (!string.IsNullOrEmpty(Type) && entry.Name != Type)
        {
            return false;
        }

        var user = User?.Trim();
        var userId = entry.Logged.Meta.UserId;
        return string.IsNullOrEmpty(user)
            || userId == user
            || ActorName.Of(profiles, userId).Contains(user, StringComparison.OrdinalIgnoreCase);
    }
}
