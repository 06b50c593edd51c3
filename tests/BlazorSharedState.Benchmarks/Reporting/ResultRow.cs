namespace BlazorSharedState.Benchmarks.Reporting;

/// <summary>One measured figure, side by side with the baseline measured in the same run.</summary>
internal sealed record ResultRow(
    string Id,
    string Scenario,
    string Baseline,
    string Ours,
    string Ratio,
    string Target,
    bool? Met);
