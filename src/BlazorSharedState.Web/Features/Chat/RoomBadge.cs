namespace BlazorSharedState.Web.Features.Chat;

/// <summary>A room in the room list, with the viewing user's unread count.</summary>
public sealed record RoomBadge(string Room, int Unread);
