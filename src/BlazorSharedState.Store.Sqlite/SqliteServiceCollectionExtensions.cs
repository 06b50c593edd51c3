using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BlazorSharedState.Store.Sqlite;

/// <summary>Registers the embedded SQLite action log.</summary>
public static class SqliteServiceCollectionExtensions
{
    /// <summary>Makes <see cref="SqliteActionLog"/> the store's <see cref="IActionLog"/>.</summary>
    public static IServiceCollection AddSqliteActionLog(this IServiceCollection services, Action<SqliteActionLogOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.Configure(configure);
        services.RemoveAll<IActionLog>();
        services.AddSingleton<IActionLog, SqliteActionLog>();
        return services;
    }
}
