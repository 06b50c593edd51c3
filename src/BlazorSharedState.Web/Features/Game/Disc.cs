namespace BlazorSharedState.Web.Features.Game;

/// <summary>What fills a board cell, and the colour of a seat: red always moves first.</summary>
public enum Disc
{
    /// <summary>No disc: an empty cell, or no seat.</summary>
    None,

    /// <summary>The red disc and seat.</summary>
    Red,

    /// <summary>The yellow disc and seat.</summary>
    Yellow,
}
