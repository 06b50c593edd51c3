using System.Text.Json.Serialization;
using BlazorSharedState.Web.Features.Viewers;

namespace BlazorSharedState.Web.Features.Game;

/// <summary>
/// A browser tab showing a table; a dropped connection stops counting until it is back.
/// <paramref name="Server"/> holds the tab: when that server stops or dies, the tab is gone.
/// </summary>
/// <param name="IsConnected">Logged as <c>Connected</c>, its name before viewers shared one vocabulary.</param>
public sealed record TableViewer(
    string TableId,
    string UserId,
    [property: JsonPropertyName("Connected")] bool IsConnected,
    string? Server = null) : ITabViewer<TableViewer>
{
    string ITabViewer<TableViewer>.Place => TableId;

    public TableViewer WithConnection(bool isConnected) => this with { IsConnected = isConnected };
}
