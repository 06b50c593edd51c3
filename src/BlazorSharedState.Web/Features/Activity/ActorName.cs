using BlazorSharedState.Store;
using BlazorSharedState.Web.Features.Profiles;

namespace BlazorSharedState.Web.Features.Activity;

/// <summary>The name shown for an action's author: the user's display name, or "server" for what the server did itself.</summary>
internal static class ActorName
{
    public static string Of(ProfilesState profiles, string userId) =>
        userId == ActionOrigin.ServerUserId ? ActionOrigin.ServerUserId : profiles.DisplayNameOf(userId);
}
