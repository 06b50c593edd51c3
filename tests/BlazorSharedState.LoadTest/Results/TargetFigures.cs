namespace BlazorSharedState.LoadTest.Results;

/// <summary>Everything measured against one server (ours, or the baseline), for the comparison and the chart.</summary>
internal sealed class TargetFigures(string label)
{
    public string Label { get; } = label;

    public List<StepFigures> Steps { get; } = [];

    public MixedFigures? Mixed { get; set; }
}
