using BlazorSharedState.Store;
using BlazorSharedState.Web.Features.Activity;

namespace BlazorSharedState.Web.Features.Chat;

/// <summary>The chat's actions in words on <c>/activity</c>, each seen in its room.</summary>
internal sealed class ChatActionSummaries : IActionSummaries
{
    public ActionSummary? Summarize(object action, ActionMeta meta) => action switch
    {
        CreateRoom a => InRoom(a.Name, $"created room #{RoomName.Normalize(a.Name)}"),
        DeleteRoom a => new ActionSummary($"deleted room #{RoomName.Normalize(a.Name)}", "chat"),
        SendMessage a => InRoom(a.Room, $"posted in #{RoomName.Normalize(a.Room)}: {a.Text}"),
        DeleteMessage a => InRoom(a.Room, $"deleted a message in #{RoomName.Normalize(a.Room)}"),
        StartTyping a => InRoom(a.Room, $"is typing in #{RoomName.Normalize(a.Room)}"),
        ExpireTyping a => InRoom(a.Room, $"stopped typing in #{RoomName.Normalize(a.Room)}"),
        EnterRoom a => InRoom(a.Room, $"entered #{RoomName.Normalize(a.Room)}"),
        LeaveRoom a => InRoom(a.Room, $"left #{RoomName.Normalize(a.Room)}"),
        _ => null,
    };

    private static ActionSummary InRoom(string room, string text) =>
        new(text, $"chat/{Uri.EscapeDataString(RoomName.Normalize(room))}");
}
