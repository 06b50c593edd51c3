namespace BlazorSharedState.Store.Blazor;

/// <summary>An action of this circuit that the store rejected, and why.</summary>
public sealed record ActionRejection(object Action, string Reason);
