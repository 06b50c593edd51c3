using BlazorSharedState.Store;

namespace BlazorSharedState.Web.Features.Profiles;

/// <summary>How profile actions change display names.</summary>
public static class ProfilesReducers
{
    [ReducerMethod]
    public static ProfilesState SetNickname(ProfilesState state, SetNickname action, ActionMeta meta) =>
        state with { Nicknames = state.Nicknames.SetItem(meta.UserId, Nickname.Normalize(action.Nickname)) };
}
