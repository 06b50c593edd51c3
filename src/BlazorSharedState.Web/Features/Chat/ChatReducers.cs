using System.Collections.Immutable;
using BlazorSharedState.Store;

namespace BlazorSharedState.Web.Features.Chat;

/// <summary>How rooms and messages change; guards have already checked every rule.</summary>
public static class ChatReducers
{
    [ReducerMethod]
    public static ChatState CreateRoom(ChatState state, CreateRoom action)
    {
        var name = RoomName.Normalize(action.Name);
        return state with { Rooms = state.Rooms.Add(name, ChatRoom.Empty(name)) };
    }

    [ReducerMethod]
    public static ChatState SendMessage(ChatState state, SendMessage action, ActionMeta meta)
    {
        var room = state.Rooms[action.Room];
        var message = new ChatMessage(meta.Sequence, room.Name, meta.UserId, meta.Time, MessageText.Normalize(action.Text), IsDeleted: false);
        var messages = room.Messages.Add(message);
        if (messages.Count > ChatState.MaxMessagesPerRoom)
        {
            messages = messages.RemoveAt(0);
        }

        // Sending ends the sender's "is typing…" at once.
        var updated = room with { Messages = messages, Typing = room.Typing.Remove(meta.UserId) };
        return state with
        {
            Rooms = state.Rooms.SetItem(room.Name, updated),
            RecentPosts = state.RecentPosts.SetItem(meta.UserId, RecentPostsWith(state, meta)),
            Unread = UnreadRaised(state, room.Name, meta.UserId),
        };
    }

    [ReducerMethod]
    public static ChatState DeleteMessage(ChatState state, DeleteMessage action)
    {
        var room = state.Rooms[action.Room];
        var index = room.IndexOf(action.Sequence);
        var message = room.Messages[index];
        if (message.IsDeleted)
        {
            return state;
        }

        var deleted = message with { Text = string.Empty, IsDeleted = true };
        return state with { Rooms = state.Rooms.SetItem(room.Name, room with { Messages = room.Messages.SetItem(index, deleted) }) };
    }

    private static ImmutableList<DateTimeOffset> RecentPostsWith(ChatState state, ActionMeta meta)
    {
        var times = state.RecentPosts.GetValueOrDefault(meta.UserId, []).Add(meta.Time);
        return times.Count > ChatState.FloodLimit ? times.RemoveAt(0) : times;
    }

    /// <summary>Everyone known except the author and those with a connected tab on the room gets one more unread.</summary>
    private static ImmutableDictionary<string, ImmutableDictionary<string, int>> UnreadRaised(ChatState state, string room, string authorId)
    {
        var viewing = state.Viewers.Values.Where(v => v.IsConnected && v.Room == room).Select(v => v.UserId).ToHashSet();
        var unread = state.Unread;
        foreach (var (userId, counts) in state.Unread)
        {
            if (userId != authorId && !viewing.Contains(userId))
            {
                unread = unread.SetItem(userId, counts.SetItem(room, counts.GetValueOrDefault(room) + 1));
            }
        }

        return unread;
    }
}
