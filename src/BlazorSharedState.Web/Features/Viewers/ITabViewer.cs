namespace BlazorSharedState.Web.Features.Viewers;

/// <summary>
/// One browser tab (circuit) showing one place of a feature, a chat room or a game table: whose
/// tab it is, whether it is connected, and which server holds it. What <see cref="TabViewers"/>
/// needs to keep a feature's viewers, by circuit id, in step with the tabs.
/// </summary>
public interface ITabViewer<TSelf>
    where TSelf : ITabViewer<TSelf>
{
    /// <summary>The tab's user.</summary>
    string UserId { get; }

    /// <summary>What the tab shows: the room's name, the table's id.</summary>
    string Place { get; }

    /// <summary>Whether the tab is connected; a dropped tab stops counting until it is back.</summary>
    bool IsConnected { get; }

    /// <summary>The server that holds the tab: when it stops or dies, the tab is gone.</summary>
    string? Server { get; }

    /// <summary>The same viewer, connected or not.</summary>
    TSelf WithConnection(bool isConnected);
}
