using BlazorSharedState.Store;
using BlazorSharedState.Store.Blazor.Circuits;
using BlazorSharedState.Web.Features.Housekeeping;

namespace BlazorSharedState.Web.Features.Profiles;

/// <summary>How profile actions change display names.</summary>
public static class ProfilesReducers
{
    /// <summary>Sets the name, NFC and trimmed; taking back one's own guest name forgets the chosen one.</summary>
    [ReducerMethod]
    public static ProfilesState SetNickname(ProfilesState state, SetNickname action, ActionMeta meta)
    {
        var name = Nickname.Normalize(action.Nickname);
        return ProfilesState.IsOwnGuestName(name, meta.UserId)
            ? state with { Nicknames = state.Nicknames.Remove(meta.UserId), LastSeen = state.LastSeen.Remove(meta.UserId) }
            : (state with { Nicknames = state.Nicknames.SetItem(meta.UserId, name) }).Seeing(meta.UserId, meta.Time);
    }

    /// <summary>A named user coming or going keeps their name from lapsing.</summary>
    [ReducerMethod]
    public static ProfilesState CircuitOpened(ProfilesState state, CircuitOpened action, ActionMeta meta) => state.Seeing(meta.UserId, meta.Time);

    [ReducerMethod]
    public static ProfilesState CircuitClosed(ProfilesState state, CircuitClosed action, ActionMeta meta) => state.Seeing(meta.UserId, meta.Time);

    [ReducerMethod]
    public static ProfilesState TidyUp(ProfilesState state, TidyUp action, ActionMeta meta) => state.TidiedUp(meta.Time);
}
