namespace BlazorSharedState.Store.Sqlite;

/// <summary>Where the embedded log lives and how durable each commit is.</summary>
public sealed class SqliteActionLogOptions
{
    /// <summary>The database file; its folder is created when missing.</summary>
    public string Path { get; set; } = System.IO.Path.Combine("data", SqliteActionLog.FileName);

    /// <summary>See <see cref="SqliteSynchronous"/>; the default survives kill -9.</summary>
    public SqliteSynchronous Synchronous { get; set; } = SqliteSynchronous.Normal;
}
