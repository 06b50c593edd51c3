using BlazorSharedState.Web.Features.Viewers;

namespace BlazorSharedState.Web.Features.Chat;

/// <summary>
/// A tab (circuit) showing a room; it counts as present only while connected. <paramref name="Server"/>
/// holds the tab: when that server stops or dies, the tab is gone.
/// </summary>
public sealed record ChatViewer(string UserId, string Room, bool IsConnected, string? Server = null) : ITabViewer<ChatViewer>
{
    string ITabViewer<ChatViewer>.Place => Room;

    public ChatViewer WithConnection(bool isConnected) => this with { IsConnected = isConnected };
}
