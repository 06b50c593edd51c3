namespace BlazorSharedState.Web.Features.Game;

/// <summary>A browser tab showing a table; a dropped connection stops counting until it is back.</summary>
public sealed record TableViewer(string TableId, string UserId, bool Connected);
