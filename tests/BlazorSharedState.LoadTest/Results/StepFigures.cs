namespace BlazorSharedState.LoadTest.Results;

/// <summary>One step of the growing room: the circuits asked for, L1 at that size, and L2 when it ran.</summary>
internal sealed record StepFigures(int Requested, DensityFigures Density, FanOutFigures? FanOut);
