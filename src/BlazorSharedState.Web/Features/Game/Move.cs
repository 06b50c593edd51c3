namespace BlazorSharedState.Web.Features.Game;

/// <summary>One dropped disc: where it landed, whose it was, and its place in the store's order.</summary>
public sealed record Move(int Column, int Row, Disc Disc, string UserId, long Sequence);
