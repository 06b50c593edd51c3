using System.Collections.Immutable;

namespace BlazorSharedState.Web.Features.Chat;

/// <summary>A room: its latest messages (oldest first), who is typing in it since when, and how many posts it ever had.</summary>
/// <param name="Posted">Every post ever, including those that fell off <see cref="Messages"/>; unread counts are measured against it.</param>
public sealed record ChatRoom(string Name, ImmutableList<ChatMessage> Messages, ImmutableDictionary<string, DateTimeOffset> Typing, long Posted)
{
    /// <summary>A new room without messages.</summary>
    public static ChatRoom Empty(string name) =>
        new(name, ImmutableList<ChatMessage>.Empty, ImmutableDictionary<string, DateTimeOffset>.Empty, Posted: 0);

    /// <summary>The position of the message with <paramref name="sequence"/>, or -1.</summary>
    public int IndexOf(long sequence) => Messages.FindIndex(m => m.Sequence == sequence);
}
