namespace BlazorSharedState.LoadTest.Results;

/// <summary>L3: circuits across the demos acting at once; the answer to each action, p50 and p99.</summary>
internal sealed record MixedFigures(int Circuits, int Actions, double P50, double P99);
