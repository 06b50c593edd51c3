using System.Collections.Immutable;

namespace BlazorSharedState.Web.Features.Chat;

/// <summary>A room: its latest messages (oldest first), who is typing in it since when, and how many posts it ever had.</summary>
/// <param name="Posted">Every post ever, including those that fell off <see cref="Messages"/>; unread counts are measured against it.</param>
/// <param name="CreatedBy">Who created the room; null for the rooms that exist from the start, which never go.</param>
/// <param name="LastActive">When the room was created or last posted in; null for the starting rooms.</param>
public sealed record ChatRoom(
    string Name,
    ImmutableList<ChatMessage> Messages,
    ImmutableDictionary<string, DateTimeOffset> Typing,
    long Posted,
    string? CreatedBy = null,
    DateTimeOffset? LastActive = null)
{
    /// <summary>A new room without messages, nobody's (the rooms that exist from the start).</summary>
    public static ChatRoom Empty(string name) =>
        new(name, ImmutableList<ChatMessage>.Empty, ImmutableDictionary<string, DateTimeOffset>.Empty, Posted: 0);

    /// <summary>A room <paramref name="creatorId"/> created at <paramref name="now"/>.</summary>
    public static ChatRoom Created(string name, string creatorId, DateTimeOffset now) =>
        Empty(name) with { CreatedBy = creatorId, LastActive = now };

    /// <summary>Whether no message shows in the room (none posted, or every one deleted).</summary>
    public bool HasNoMessages => Messages.All(m => m.IsDeleted);

    /// <summary>
    /// How many posts someone with read marks <paramref name="seen"/> (by room, as in
    /// <see cref="ChatState.Seen"/>) has not seen here; 0 for someone never seen.
    /// </summary>
    public int UnreadBy(ImmutableDictionary<string, long>? seen) =>
        seen is null ? 0 : (int)Math.Max(0, Posted - seen.GetValueOrDefault(Name));

    /// <summary>The position of the message with <paramref name="sequence"/>, or -1.</summary>
    public int IndexOf(long sequence) => Messages.FindIndex(m => m.Sequence == sequence);
}
