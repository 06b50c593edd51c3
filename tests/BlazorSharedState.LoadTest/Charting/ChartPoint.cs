namespace BlazorSharedState.LoadTest.Charting;

/// <summary>One measured value: <paramref name="Y"/> at <paramref name="X"/> circuits.</summary>
internal readonly record struct ChartPoint(double X, double Y);
