namespace BlazorSharedState.Web.Features.Chat;

/// <summary>A tab (circuit) showing a room; it counts as present only while connected.</summary>
public sealed record ChatViewer(string UserId, string Room, bool IsConnected);
