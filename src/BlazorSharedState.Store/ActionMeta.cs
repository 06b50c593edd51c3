namespace BlazorSharedState.Store;

/// <summary>
/// What the server knows about an action: stamped by the store, never taken from the payload.
/// </summary>
/// <param name="Sequence">Position in the action log's total order; gap-free over every logged action, rejected ones included.</param>
/// <param name="Id">A unique, time-ordered id for the action (it carries a per-run counter of the server that took it, so no two share one).</param>
/// <param name="Time">When the store took the action, from its <see cref="TimeProvider"/>; never decreases.</param>
/// <param name="UserId">The user who dispatched it.</param>
/// <param name="CircuitId">The circuit (browser tab) it came from, if any.</param>
/// <param name="Server">
/// The server that took it (<see cref="ActionLogOptions.ServerName"/>): with several servers on one
/// log, where its circuit lives. Null in logs written before servers were named.
/// </param>
public sealed record ActionMeta(long Sequence, Guid Id, DateTimeOffset Time, string UserId, string? CircuitId, string? Server = null);
