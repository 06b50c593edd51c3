namespace BlazorSharedState.Testing.Tests;

/// <summary>A service that tells which registration a circuit got.</summary>
public sealed record CircuitMarker(string From);
