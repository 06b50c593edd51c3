namespace BlazorSharedState.Web.Features.Counter;

/// <summary>Adds one to the shared count.</summary>
public sealed record IncrementCounter;

/// <summary>Takes one from the shared count.</summary>
public sealed record DecrementCounter;

/// <summary>Sets the shared count back to zero.</summary>
public sealed record ResetCounter;
