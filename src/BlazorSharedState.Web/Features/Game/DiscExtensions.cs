namespace BlazorSharedState.Web.Features.Game;

/// <summary>Names of discs as the page and its tests spell them.</summary>
public static class DiscExtensions
{
    /// <summary>The other player's colour.</summary>
    public static Disc Opponent(this Disc disc) => disc switch
    {
        Disc.Red => Disc.Yellow,
        Disc.Yellow => Disc.Red,
        _ => Disc.None,
    };

    /// <summary>The outcome in which <paramref name="disc"/> wins.</summary>
    public static GameOutcome Wins(this Disc disc) => disc == Disc.Red ? GameOutcome.RedWins : GameOutcome.YellowWins;

    /// <summary><c>empty</c>, <c>red</c> or <c>yellow</c>: the cell's <c>data-state</c> and the seat's test id.</summary>
    public static string Key(this Disc disc) => disc switch
    {
        Disc.Red => "red",
        Disc.Yellow => "yellow",
        _ => "empty",
    };

    /// <summary><c>Red</c> or <c>Yellow</c>, for people to read.</summary>
    public static string Label(this Disc disc) => disc switch
    {
        Disc.Red => "Red",
        Disc.Yellow => "Yellow",
        _ => "Nobody",
    };
}
