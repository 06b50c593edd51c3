namespace BlazorSharedState.Store.Blazor.Circuits;

/// <summary>A circuit is gone for good (tab closed, or disconnected too long).</summary>
public sealed record CircuitClosed;
