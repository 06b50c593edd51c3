namespace BlazorSharedState.Web.Features.Game;

/// <summary>How a game ended, if it has.</summary>
public enum GameOutcome
{
    /// <summary>Not over yet.</summary>
    None,

    /// <summary>Red connected four, or Yellow left mid-game.</summary>
    RedWins,

    /// <summary>Yellow connected four, or Red left mid-game.</summary>
    YellowWins,

    /// <summary>The board filled up with no four in a row.</summary>
    Draw,
}
