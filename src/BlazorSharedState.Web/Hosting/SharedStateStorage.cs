namespace BlazorSharedState.Web.Hosting;

/// <summary>The configuration keys that say where and how the shared state is kept (see the README).</summary>
internal static class SharedStateStorage
{
    /// <summary>The folder of the embedded log and the cookie keys; relative paths are under the working directory.</summary>
    public const string DataDirectoryKey = "SharedState:DataDirectory";

    /// <summary>Which <see cref="SharedStateLogKind"/> holds the action log.</summary>
    public const string LogKey = "SharedState:Log";

    /// <summary>How durable each SQLite commit is, see <see cref="Store.Sqlite.SqliteSynchronous"/>.</summary>
    public const string SynchronousKey = "SharedState:Synchronous";

    public static string DataDirectory(IConfiguration configuration) =>
        Path.GetFullPath(configuration[DataDirectoryKey] is { Length: > 0 } path ? path : "data");

    public static SharedStateLogKind LogKind(IConfiguration configuration)
    {
        var value = configuration[LogKey];
        if (string.IsNullOrWhiteSpace(value))
        {
            return SharedStateLogKind.Sqlite;
        }

        return Enum.TryParse<SharedStateLogKind>(value, ignoreCase: true, out var kind) && Enum.IsDefined(kind)
            ? kind
            : throw new InvalidOperationException(
                $"{LogKey} is \"{value}\"; use one of {string.Join(", ", Enum.GetNames<SharedStateLogKind>())}.");
    }
}
