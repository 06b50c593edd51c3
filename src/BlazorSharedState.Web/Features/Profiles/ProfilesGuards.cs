using BlazorSharedState.Store;

namespace BlazorSharedState.Web.Features.Profiles;

/// <summary>Rejects names that break the <see cref="Nickname"/> rules.</summary>
public static class ProfilesGuards
{
    [GuardMethod]
    public static GuardResult CanSetNickname(ProfilesState state, SetNickname action) =>
        Nickname.Problem(action.Nickname) is { } problem ? GuardResult.Reject(problem) : GuardResult.Allow;
}
