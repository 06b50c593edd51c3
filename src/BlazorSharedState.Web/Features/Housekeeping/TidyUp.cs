namespace BlazorSharedState.Web.Features.Housekeeping;

/// <summary>
/// The server's periodic sweep: each feature lets go of what has had its time at the action's
/// stamped time (spare rooms and tables, per-user entries past their retention). Dispatched only
/// when something is due, so a quiet app logs none.
/// </summary>
public sealed record TidyUp;
