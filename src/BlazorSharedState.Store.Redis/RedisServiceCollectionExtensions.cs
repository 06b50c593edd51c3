using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace BlazorSharedState.Store.Redis;

/// <summary>Registers the shared action log on Redis.</summary>
public static class RedisServiceCollectionExtensions
{
    /// <summary>
    /// Makes <see cref="RedisActionLog"/> the store's <see cref="IActionLog"/>, with one
    /// <see cref="IConnectionMultiplexer"/> for the process (other Redis users, such as Data
    /// Protection, can share it) and this server's lease.
    /// </summary>
    public static IServiceCollection AddRedisActionLog(this IServiceCollection services, Action<RedisActionLogOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.Configure(configure);
        services.TryAddSingleton<IConnectionMultiplexer>(sp => Connect(sp.GetRequiredService<IOptions<RedisActionLogOptions>>().Value));
        services.RemoveAll<IActionLog>();
        services.AddSingleton<IActionLog, RedisActionLog>();
        services.AddHostedService<RedisServerLeases>();
        return services;
    }

    /// <summary>
    /// Connects without waiting for Redis and without queueing while it is away: an action that
    /// can't reach the log is refused at once, with a reason, rather than held in a backlog.
    /// </summary>
    public static ConnectionMultiplexer Connect(RedisActionLogOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var configuration = ConfigurationOptions.Parse(options.Configuration);
        configuration.AbortOnConnectFail = false;
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        configuration.ReconnectRetryPolicy ??= new LinearRetry(500);
        return ConnectionMultiplexer.Connect(configuration);
    }
}
