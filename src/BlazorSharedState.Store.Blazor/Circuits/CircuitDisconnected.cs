namespace BlazorSharedState.Store.Blazor.Circuits;

/// <summary>A circuit lost its connection; it may come back (see <see cref="CircuitReconnected"/>).</summary>
public sealed record CircuitDisconnected;
