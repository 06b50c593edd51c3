using BlazorSharedState.Store;
using BlazorSharedState.Store.Blazor;
using BlazorSharedState.Store.Sqlite;
using Microsoft.AspNetCore.DataProtection;

namespace BlazorSharedState.Web.Hosting;

/// <summary>Where the shared state and the guest cookies' keys are kept, and how their health is told.</summary>
internal static class StorageHostingExtensions
{
    public static WebApplicationBuilder AddSharedStateStorage(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var dataDirectory = SharedStateStorage.DataDirectory(configuration);
        services.Configure<ActionLogOptions>(configuration.GetSection(ActionLogOptions.SectionName));

        if (SharedStateStorage.LogKind(configuration) == SharedStateLogKind.Sqlite)
        {
            services.AddSqliteActionLog(options =>
            {
                options.Path = Path.Combine(dataDirectory, SqliteActionLog.FileName);
                options.Synchronous = configuration.GetValue(SharedStateStorage.SynchronousKey, SqliteSynchronous.Normal);
            });

            // The keys that sign guest cookies live beside the log, so a restarted server knows every browser again.
            services.AddDataProtection()
                .SetApplicationName("BlazorSharedState")
                .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataDirectory, "keys")));
        }

        services.AddHealthChecks().AddCheck<SharedStoreHealthCheck>("store");
        return builder;
    }

    public static WebApplication MapSharedStateHealth(this WebApplication app)
    {
        // /alive answers while the process runs; /health only while the store can take actions.
        app.MapHealthChecks("/alive", new() { Predicate = _ => false });
        app.MapHealthChecks("/health");
        return app;
    }
}
