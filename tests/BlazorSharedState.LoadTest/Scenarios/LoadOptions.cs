namespace BlazorSharedState.LoadTest.Scenarios;

/// <summary>What one run does: how many circuits at each step, for how long.</summary>
internal sealed record LoadOptions
{
    /// <summary>The room's sizes, smallest first: the crowd grows from one to the next. L3 runs at the first.</summary>
    public IReadOnlyList<int> Steps { get; init; } = [500];

    /// <summary>How long L2 sends (one message a second) and L3 acts.</summary>
    public int Seconds { get; init; } = 30;

    /// <summary>How long the first step's crowd may take to arrive; the scenario goes on with the circuits open by then.</summary>
    public TimeSpan ArrivalBudget { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Tabs opening at once while a crowd arrives.</summary>
    public int OpenInParallel { get; init; } = 8;

    /// <summary>
    /// The budget for a step's <paramref name="arrivals"/>: the first step's, in proportion, so every
    /// step must keep the connect rate the first was given room for.
    /// </summary>
    public TimeSpan BudgetFor(int arrivals) => ArrivalBudget * arrivals / Steps[0];
}
