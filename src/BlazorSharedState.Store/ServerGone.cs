namespace BlazorSharedState.Store;

/// <summary>
/// Logged by a server that saw another one stop holding its lease on a shared log: that
/// server is gone, and with it every tab it held, so reducers drop its connection facts.
/// </summary>
/// <param name="Server">The gone server's <see cref="ActionLogOptions.ServerName"/>.</param>
public sealed record ServerGone(string Server);
