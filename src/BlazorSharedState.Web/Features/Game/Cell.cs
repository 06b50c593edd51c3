namespace BlazorSharedState.Web.Features.Game;

/// <summary>A place on the board; row 0 is the bottom row.</summary>
public readonly record struct Cell(int Column, int Row);
