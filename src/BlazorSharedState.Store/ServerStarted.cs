namespace BlazorSharedState.Store;

/// <summary>
/// Logged by the store each time it starts, before any other action of its run. Facts about
/// connections (presence, typing) belong to the run that saw them, so reducers drop them here:
/// all of them when the server is alone on its log, and only those of this server
/// (<see cref="ActionMeta.Server"/>) when <see cref="SharedLog"/> says others share it.
/// </summary>
/// <param name="SharedLog">Whether other servers append to the same log and still hold their tabs.</param>
public sealed record ServerStarted(bool SharedLog = false)
{
    /// <summary>Whether a connection fact taken by <paramref name="factServer"/> ended when this server started.</summary>
    public bool Ends(string? factServer, ActionMeta meta)
    {
        ArgumentNullException.ThrowIfNull(meta);
        return !SharedLog || factServer is null || factServer == meta.Server;
    }
}
