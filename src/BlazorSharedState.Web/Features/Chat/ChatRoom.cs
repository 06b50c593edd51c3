using System.Collections.Immutable;

namespace BlazorSharedState.Web.Features.Chat;

/// <summary>A room: its latest messages (oldest first) and who is typing in it since when.</summary>
public sealed record ChatRoom(string Name, ImmutableList<ChatMessage> Messages, ImmutableDictionary<string, DateTimeOffset> Typing)
{
    /// <summary>A new room without messages.</summary>
    public static ChatRoom Empty(string name) =>
        new(name, ImmutableList<ChatMessage>.Empty, ImmutableDictionary<string, DateTimeOffset>.Empty);

    /// <summary>The position of the message with <paramref name="sequence"/>, or -1.</summary>
    public int IndexOf(long sequence) => Messages.FindIndex(m => m.Sequence == sequence);
}
