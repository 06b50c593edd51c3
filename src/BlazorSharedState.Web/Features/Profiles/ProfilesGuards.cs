using BlazorSharedState.Store;

namespace BlazorSharedState.Web.Features.Profiles;

/// <summary>Rejects names that break the <see cref="Nickname"/> rules or that someone else goes by.</summary>
public static class ProfilesGuards
{
    public static readonly string GuestNameReserved =
        $"Names that start with \"{Nickname.GuestPrefix} \" belong to guests who haven't picked a name.";

    [GuardMethod]
    public static GuardResult CanSetNickname(ProfilesState state, SetNickname action, ActionMeta meta)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(meta);
        if (Nickname.Problem(action.Nickname) is { } problem)
        {
            return GuardResult.Reject(problem);
        }

        // Everyone may go back to their own guest name; nobody may take another's.
        var name = Nickname.Normalize(action.Nickname);
        if (Nickname.IsGuestName(name))
        {
            return ProfilesState.IsOwnGuestName(name, meta.UserId) ? GuardResult.Allow : GuardResult.Reject(GuestNameReserved);
        }

        return state.OwnerOf(name) is { } owner && owner != meta.UserId
            ? GuardResult.Reject($"Someone else is already called {state.Nicknames[owner]}.")
            : GuardResult.Allow;
    }
}
