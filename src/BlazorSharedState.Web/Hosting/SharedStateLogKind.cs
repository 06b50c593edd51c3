namespace BlazorSharedState.Web.Hosting;

/// <summary>Where the action log lives (<c>SharedState:Log</c>).</summary>
internal enum SharedStateLogKind
{
    /// <summary>One server, durable: an embedded SQLite file under the data directory.</summary>
    Sqlite,

    /// <summary>Nothing kept across restarts: for tests and demos.</summary>
    Memory,

    /// <summary>Several servers, one ordered log: a Redis stream (<c>ConnectionStrings:Redis</c>).</summary>
    Redis,
}
