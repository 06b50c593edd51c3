using System.Collections.Immutable;
using BlazorSharedState.Store.Blazor;

namespace BlazorSharedState.Web.Features.Chat;

/// <summary>
/// The views' slices of <see cref="ChatState"/>. Each returns an immutable value that
/// <see cref="SequenceComparer{T}"/> or plain equality can compare, so a view re-renders only
/// when its slice changed.
/// </summary>
public static class ChatSelectors
{
    /// <summary>
    /// The user ids with a connected tab on <paramref name="room"/>, each once: the same array
    /// until someone comes or goes, so the default (reference) comparison is enough.
    /// </summary>
    public static ImmutableArray<string> Present(ChatState state, string room)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.PresentIn(room);
    }

    /// <summary>The user ids typing in <paramref name="room"/>, other than <paramref name="me"/>.</summary>
    public static ImmutableArray<string> TypingOthers(ChatState state, string room, string me)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.RoomOrNull(room) is { } found
            ? [.. found.Typing.Keys.Where(u => u != me).Order(StringComparer.Ordinal)]
            : [];
    }

    /// <summary>Every room, in name order (ordinal, so the same everywhere), with <paramref name="userId"/>'s unread count.</summary>
    public static ImmutableArray<RoomBadge> RoomBadges(ChatState state, string userId)
    {
        ArgumentNullException.ThrowIfNull(state);
        return RoomBadges(state.Rooms, state.Seen.GetValueOrDefault(userId));
    }

    /// <summary>
    /// <see cref="RoomBadges(ChatState, string)"/> for one user, recomputed only when the rooms or
    /// that user's read marks change: someone else arriving, typing or reading costs nothing.
    /// </summary>
    public static Func<ChatState, ImmutableArray<RoomBadge>> RoomBadgesOf(string userId) =>
        Selectors.Memoized(
            (ChatState state) => (state.Rooms, state.Seen.GetValueOrDefault(userId)),
            parts => RoomBadges(parts.Rooms, parts.Item2));

    private static ImmutableArray<RoomBadge> RoomBadges(ImmutableDictionary<string, ChatRoom> rooms, ImmutableDictionary<string, long>? seen) =>
        [.. rooms.Values.OrderBy(room => room.Name, StringComparer.Ordinal)
            .Select(room => new RoomBadge(room.Name, room.UnreadBy(seen)))];

    /// <summary>
    /// The newest two messages across all rooms, recomputed only when the rooms change: one
    /// delegate shared by every tab, since the slice is the same for everyone.
    /// </summary>
    public static Func<ChatState, ImmutableArray<ChatMessage>> LatestTwo { get; } =
        Selectors.Memoized((ChatState state) => state.Rooms, rooms => Latest(rooms, 2));

    /// <summary>The newest <paramref name="count"/> messages across all rooms, newest first.</summary>
    public static ImmutableArray<ChatMessage> Latest(ChatState state, int count)
    {
        ArgumentNullException.ThrowIfNull(state);
        return Latest(state.Rooms, count);
    }

    private static ImmutableArray<ChatMessage> Latest(ImmutableDictionary<string, ChatRoom> rooms, int count) =>
        // Only each room's own newest few can make the list, so history is never walked.
        [.. rooms.Values
            .SelectMany(room => Enumerable.Range(Math.Max(0, room.Messages.Count - count), Math.Min(count, room.Messages.Count))
                .Select(i => room.Messages[i]))
            .OrderByDescending(m => m.Sequence)
            .Take(count)];
}
