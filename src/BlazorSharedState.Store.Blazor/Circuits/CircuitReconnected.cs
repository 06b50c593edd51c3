namespace BlazorSharedState.Store.Blazor.Circuits;

/// <summary>A circuit that had lost its connection has it again.</summary>
public sealed record CircuitReconnected;
