using BlazorSharedState.Store.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorSharedState.Benchmarks.Durability;

/// <summary>The SQLite log registered as the app registers it, on a file the scenario chooses.</summary>
internal static class SqliteLogs
{
    public static Action<IServiceCollection> At(string path, SqliteSynchronous synchronous = SqliteSynchronous.Normal) =>
        services => services.AddSqliteActionLog(options =>
        {
            options.Path = path;
            options.Synchronous = synchronous;
        });
}
