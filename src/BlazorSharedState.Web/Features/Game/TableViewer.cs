namespace BlazorSharedState.Web.Features.Game;

/// <summary>
/// A browser tab showing a table; a dropped connection stops counting until it is back.
/// <paramref name="Server"/> holds the tab: when that server stops or dies, the tab is gone.
/// </summary>
public sealed record TableViewer(string TableId, string UserId, bool Connected, string? Server = null);
