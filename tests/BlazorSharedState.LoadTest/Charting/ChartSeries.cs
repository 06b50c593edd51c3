namespace BlazorSharedState.LoadTest.Charting;

/// <summary>One line of a panel: a target's figure against N. Points that weren't measured are left out.</summary>
internal sealed record ChartSeries(string Name, string Color, bool Dashed, IReadOnlyList<ChartPoint> Points);
