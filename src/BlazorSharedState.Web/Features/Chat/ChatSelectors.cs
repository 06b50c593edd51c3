using System.Collections.Immutable;

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
        return [.. state.Rooms.Keys.Order(StringComparer.Ordinal).Select(room => new RoomBadge(room, state.UnreadOf(userId, room)))];
    }

    /// <summary>The newest <paramref name="count"/> messages across all rooms, newest first.</summary>
    public static ImmutableArray<ChatMessage> Latest(ChatState state, int count)
    {
        ArgumentNullException.ThrowIfNull(state);
        // Only each room's own newest few can make the list, so history is never walked.
        return [.. state.Rooms.Values
            .SelectMany(room => Enumerable.Range(Math.Max(0, room.Messages.Count - count), Math.Min(count, room.Messages.Count))
                .Select(i => room.Messages[i]))
            .OrderByDescending(m => m.Sequence)
            .Take(count)];
    }
}
