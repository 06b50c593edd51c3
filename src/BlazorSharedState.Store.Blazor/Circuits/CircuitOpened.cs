namespace BlazorSharedState.Store.Blazor.Circuits;

/// <summary>A browser tab's circuit opened; its meta carries the user and circuit.</summary>
public sealed record CircuitOpened;
