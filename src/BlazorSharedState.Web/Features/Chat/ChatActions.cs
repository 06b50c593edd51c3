namespace BlazorSharedState.Web.Features.Chat;

/// <summary>Creates a room named by the <see cref="RoomName"/> rules.</summary>
public sealed record CreateRoom(string Name);

/// <summary>Deletes a room its creator made that has no messages and nobody else in it.</summary>
public sealed record DeleteRoom(string Name);

/// <summary>Posts <see cref="Text"/> to <see cref="Room"/> as the dispatching user.</summary>
public sealed record SendMessage(string Room, string Text);

/// <summary>Deletes one of the dispatching user's own messages.</summary>
public sealed record DeleteMessage(string Room, long Sequence);

/// <summary>The dispatching user is typing in <see cref="Room"/> (sent now and then while typing).</summary>
public sealed record StartTyping(string Room);

/// <summary>Ends the dispatching user's typing in <see cref="Room"/> if it is older than the timeout.</summary>
public sealed record ExpireTyping(string Room);

/// <summary>The dispatching tab now shows <see cref="Room"/>; clears the user's unread count there.</summary>
public sealed record EnterRoom(string Room);

/// <summary>The dispatching tab no longer shows <see cref="Room"/>.</summary>
public sealed record LeaveRoom(string Room);
