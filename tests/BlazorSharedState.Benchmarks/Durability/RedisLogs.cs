using BlazorSharedState.Store;
using BlazorSharedState.Store.Redis;
using BlazorSharedState.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorSharedState.Benchmarks.Durability;

/// <summary>The shared Redis log registered as the app registers it, for a server of a given name.</summary>
internal static class RedisLogs
{
    public static Action<IServiceCollection> On(RedisServer redis, string server) =>
        services => services
            .AddRedisActionLog(options => options.Configuration = redis.ConnectionString)
            .Configure<ActionLogOptions>(options => options.ServerName = server);
}
