namespace BlazorSharedState.Store;

/// <summary>
/// Logged by the store each time it starts, before any other action of the run. Facts about
/// connections (presence, typing) belong to the run that saw them, so reducers drop them here.
/// </summary>
public sealed record ServerStarted;
