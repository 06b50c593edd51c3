using BlazorSharedState.Store;

namespace BlazorSharedState.Web.Features.Profiles;

/// <summary>How profile actions change display names.</summary>
public static class ProfilesReducers
{
    /// <summary>Sets the name, NFC and trimmed; taking back one's own guest name forgets the chosen one.</summary>
    [ReducerMethod]
    public static ProfilesState SetNickname(ProfilesState state, SetNickname action, ActionMeta meta)
    {
        var name = Nickname.Normalize(action.Nickname);
        return state with
        {
            Nicknames = ProfilesState.IsOwnGuestName(name, meta.UserId)
                ? state.Nicknames.Remove(meta.UserId)
                : state.Nicknames.SetItem(meta.UserId, name),
        };
    }
}
