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

    /// <summary>This server's name on a shared log; see <see cref="ServerName"/>.</summary>
    public const string ServerNameKey = "SharedState:ServerName";

    /// <summary>The Redis the shared log lives on, when <see cref="LogKey"/> is Redis.</summary>
    public const string RedisConnectionName = "Redis";

    /// <summary>
    /// This server's name: <c>SharedState:ServerName</c>, or the machine and the port it listens on,
    /// which tells apart two servers on one machine and stays the same across a restart.
    /// </summary>
    public static string ServerName(IConfiguration configuration)
    {
        if (configuration[ServerNameKey] is { Length: > 0 } name)
        {
            return name;
        }

        var urls = configuration["urls"] ?? configuration["http_ports"] ?? string.Empty;
        var first = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        var port = first is null ? null
            : int.TryParse(first, out var bare) ? bare
            : Uri.TryCreate(first.Replace("*", "localhost", StringComparison.Ordinal).Replace("+", "localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri) ? uri.Port
            : (int?)null;
        return port is { } listening ? $"{Environment.MachineName}:{listening}" : $"{Environment.MachineName}:{Environment.ProcessId}";
    }

    public static string RedisConnection(IConfiguration configuration) =>
        configuration.GetConnectionString(RedisConnectionName) is { Length: > 0 } redis
            ? redis
            : throw new InvalidOperationException($"{LogKey} is Redis, but ConnectionStrings:{RedisConnectionName} is not set.");

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
