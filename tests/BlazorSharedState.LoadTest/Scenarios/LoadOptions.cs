namespace BlazorSharedState.LoadTest.Scenarios;

/// <summary>What one run does: how many circuits, for how long, against which page.</summary>
internal sealed record LoadOptions
{
    /// <summary>Circuits per scenario (each its own user). Kept ≤ 2,000 on a shared 2-core machine.</summary>
    public int Circuits { get; init; } = 500;

    /// <summary>How long L2 sends (one message a second) and L3 acts.</summary>
    public int Seconds { get; init; } = 30;

    /// <summary>How long a crowd may take to arrive; the scenario goes on with the circuits open by then.</summary>
    public TimeSpan ArrivalBudget { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Tabs opening at once while a crowd arrives.</summary>
    public int OpenInParallel { get; init; } = 8;

    /// <summary>The page L1's crowd sits on and L2 sends into (a chat page; L1 alone takes any page, e.g. /counter).</summary>
    public string ChatPath { get; init; } = "/chat/general";
}
