using BlazorSharedState.Store;

namespace BlazorSharedState.Web.Features.Chat;

/// <summary>What the chat refuses, with a reason for the sender; identity and time come only from the meta.</summary>
public static class ChatGuards
{
    public static readonly string TooManyOfYourRooms =
        $"You already have {ChatState.MaxRoomsPerUser} rooms; delete an empty one of yours before making another.";

    public const string StartingRoomStays = "This room is one of the app's own; it can't be deleted.";
    public const string NotYourRoom = "Only the person who created a room can delete it.";
    public const string RoomHasMessages = "Only an empty room can be deleted; this one has messages.";
    public const string RoomHasOthers = "Someone else is in this room; it can't be deleted while they are.";

    [GuardMethod]
    public static GuardResult CanCreateRoom(ChatState state, CreateRoom action, ActionMeta meta)
    {
        if (RoomName.Problem(action.Name) is { } problem)
        {
            return GuardResult.Reject(problem);
        }

        var name = RoomName.Normalize(action.Name);
        if (state.Rooms.ContainsKey(name))
        {
            return GuardResult.Reject($"A room called '{name}' already exists.");
        }

        if (state.RoomsOf(meta.UserId, meta.Time) >= ChatState.MaxRoomsPerUser)
        {
            return GuardResult.Reject(TooManyOfYourRooms);
        }

        // Spare rooms make way for new ones (the reducer removes them), so only the others count.
        return state.Rooms.Count - state.SpareRooms(meta.Time).Count() >= ChatState.MaxRooms
            ? GuardResult.Reject($"There can be at most {ChatState.MaxRooms} rooms.")
            : GuardResult.Allow;
    }

    [GuardMethod]
    public static GuardResult CanDeleteRoom(ChatState state, DeleteRoom action, ActionMeta meta)
    {
        if (state.RoomOrNull(action.Name) is not { } room)
        {
            return NoSuchRoom(action.Name);
        }

        var problem = room.CreatedBy is null ? StartingRoomStays
            : room.CreatedBy != meta.UserId ? NotYourRoom
            : !room.HasNoMessages ? RoomHasMessages
            : state.Viewers.Values.Any(v => v.Room == room.Name && v.UserId != meta.UserId) ? RoomHasOthers
            : null;
        return problem is null ? GuardResult.Allow : GuardResult.Reject(problem);
    }

    [GuardMethod]
    public static GuardResult CanSendMessage(ChatState state, SendMessage action, ActionMeta meta)
    {
        if (state.RoomOrNull(action.Room) is null)
        {
            return NoSuchRoom(action.Room);
        }

        if (MessageText.Problem(action.Text) is { } problem)
        {
            return GuardResult.Reject(problem);
        }

        return IsFlooding(state, meta)
            ? GuardResult.Reject($"Slow down: at most {ChatState.FloodLimit} messages in {ChatState.FloodWindow.TotalSeconds:0} seconds.")
            : GuardResult.Allow;
    }

    [GuardMethod]
    public static GuardResult CanDeleteMessage(ChatState state, DeleteMessage action, ActionMeta meta)
    {
        if (state.RoomOrNull(action.Room) is not { } room)
        {
            return NoSuchRoom(action.Room);
        }

        var index = room.IndexOf(action.Sequence);
        if (index < 0)
        {
            return GuardResult.Reject("That message is no longer here.");
        }

        return room.Messages[index].AuthorId == meta.UserId
            ? GuardResult.Allow
            : GuardResult.Reject("You can only delete your own messages.");
    }

    [GuardMethod]
    public static GuardResult CanEnterRoom(ChatState state, EnterRoom action) =>
        state.RoomOrNull(action.Room) is null ? NoSuchRoom(action.Room) : GuardResult.Allow;

    /// <summary>True when this post would be the user's (limit + 1)th within the window ending now.</summary>
    private static bool IsFlooding(ChatState state, ActionMeta meta) =>
        state.RecentPosts.TryGetValue(meta.UserId, out var times)
        && times.Count >= ChatState.FloodLimit
        && meta.Time - times[^ChatState.FloodLimit] < ChatState.FloodWindow;

    private static GuardResult NoSuchRoom(string room) => GuardResult.Reject($"There is no room called '{room}'.");
}
