namespace BlazorSharedState.LoadTest.Scenarios;

/// <summary>How a crowd's arrival went: how many of the tabs asked for opened, and how long it took.</summary>
/// <param name="FirstFailure">Why the first tab that could not open failed; null when none failed.</param>
internal sealed record Arrival(int Wanted, int Opened, TimeSpan Took, TimeSpan Budget, int Failed, string? FirstFailure)
{
    public bool Complete => Opened == Wanted;

    public double PerSecond => Took > TimeSpan.Zero ? Opened / Took.TotalSeconds : double.NaN;

    /// <summary>Why not every tab arrived, or null when they all did.</summary>
    public string? Shortfall => Complete
        ? null
        : Failed > 0
            ? $"{Failed} of the {Wanted} tabs could not open (the first: {FirstFailure})"
            : $"only {Opened} of {Wanted} tabs opened within the {Budget.TotalSeconds:0} s budget";
}
