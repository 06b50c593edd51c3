using System.Collections.Immutable;
using BlazorSharedState.Store;
using BlazorSharedState.Web.Features.Housekeeping;

namespace BlazorSharedState.Web.Features.Chat;

/// <summary>How rooms and messages change; guards have already checked every rule.</summary>
public static class ChatReducers
{
    [ReducerMethod]
    public static ChatState CreateRoom(ChatState state, CreateRoom action, ActionMeta meta)
    {
        var name = RoomName.Normalize(action.Name);
        var tidied = state.WithoutRooms([.. state.SpareRooms(meta.Time)]);
        return tidied with { Rooms = tidied.Rooms.Add(name, ChatRoom.Created(name, meta.UserId, meta.Time)) };
    }

    [ReducerMethod]
    public static ChatState TidyUp(ChatState state, TidyUp action, ActionMeta meta) => state.TidiedUp(meta.Time);

    [ReducerMethod]
    public static ChatState DeleteRoom(ChatState state, DeleteRoom action) => state.WithoutRooms([action.Name]);

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
        var updated = room with
        {
            Messages = messages,
            Typing = room.Typing.Remove(meta.UserId),
            Posted = room.Posted + 1,
            LastActive = room.CreatedBy is null ? null : meta.Time,
        };
        return state with
        {
            Rooms = state.Rooms.SetItem(room.Name, updated),
            RecentPosts = state.RecentPosts.SetItem(meta.UserId, RecentPostsWith(state, meta)),
            Seen = SeenAfterPost(state, updated, meta.UserId),
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

    /// <summary>
    /// The author has seen their own post, and whoever has a connected tab on the room has seen
    /// everything in it; everyone else's unread count rises without touching their entry.
    /// </summary>
    private static ImmutableDictionary<string, ImmutableDictionary<string, long>> SeenAfterPost(ChatState state, ChatRoom room, string authorId)
    {
        var seen = state.Seen;
        if (seen.TryGetValue(authorId, out var byAuthor))
        {
            seen = seen.SetItem(authorId, byAuthor.SetItem(room.Name, byAuthor.GetValueOrDefault(room.Name) + 1));
        }

        foreach (var viewer in state.PresentIn(room.Name))
        {
            seen = seen.SetItem(viewer, state.SeenBy(viewer).SetItem(room.Name, room.Posted));
        }

        return seen;
    }
}
