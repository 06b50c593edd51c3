namespace BlazorSharedState.Store.Internal;

/// <summary>
/// A logged action as the in-memory log keeps it: inline in an array, so only the action itself
/// outlives its dispatch. Keeping the <see cref="LoggedAction"/> and <see cref="ActionMeta"/>
/// objects would have the garbage collector promote three objects per action through every
/// generation.
/// </summary>
internal readonly record struct KeptAction(object Action, long Sequence, Guid Id, DateTimeOffset Time, string UserId, string? CircuitId, string? Server)
{
    public static KeptAction Of(LoggedAction logged) =>
        new(logged.Action, logged.Meta.Sequence, logged.Meta.Id, logged.Meta.Time, logged.Meta.UserId, logged.Meta.CircuitId, logged.Meta.Server);

    public LoggedAction ToLogged() => new(Action, new ActionMeta(Sequence, Id, Time, UserId, CircuitId, Server));
}
