namespace BlazorSharedState.LoadTest.Scenarios;

/// <summary>What one run does: how many circuits, for how long, against which page.</summary>
internal sealed record LoadOptions
{
    /// <summary>Circuits per scenario (each its own user). Kept ≤ 2,000 on a shared 2-core machine.</summary>
    public int Circuits { get; init; } = 500;

    /// <summary>How long L2 sends (one message a second) and L3 acts.</summary>
    public int Seconds { get; init; } = 30;

    /// <summary>Tabs opening at once while a crowd arrives.</summary>
    public int OpenInParallel { get; init; } = 8;

    /// <summary>The chat page L1 and L2 load: the app's (<c>/chat/{room}</c>) or the baseline's.</summary>
    public string ChatPath { get; init; } = "/chat/general";
}
