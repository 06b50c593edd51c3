using BlazorSharedState.Store;
using BlazorSharedState.Store.Blazor;
using BlazorSharedState.Store.Redis;
using BlazorSharedState.Store.Sqlite;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

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
        services.Configure<StoreLimits>(configuration.GetSection(StoreLimits.SectionName));
        services.PostConfigure<ActionLogOptions>(options => options.ServerName = SharedStateStorage.ServerName(configuration));

        var kind = SharedStateStorage.LogKind(configuration);
        if (kind == SharedStateLogKind.Redis)
        {
            services.AddRedisActionLog(options => options.Configuration = SharedStateStorage.RedisConnection(configuration));

            // One browser is one guest on every server: they all sign cookies with the keys kept in Redis.
            services.AddDataProtection().SetApplicationName("BlazorSharedState");
            services.AddOptions<KeyManagementOptions>().Configure<IConnectionMultiplexer, IOptions<RedisActionLogOptions>>((keys, redis, log) =>
                keys.XmlRepository = new RedisXmlRepository(() => redis.GetDatabase(), log.Value.DataProtectionKey));
        }

        if (kind == SharedStateLogKind.Sqlite)
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
