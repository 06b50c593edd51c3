using System.Diagnostics.Metrics;
using BlazorSharedState.Store.Internal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BlazorSharedState.Store;

/// <summary>Registers the shared store.</summary>
public static class StoreServiceCollectionExtensions
{
    /// <summary>
    /// Adds the singleton <see cref="SharedStore"/>, started by the host, with the features,
    /// reducers, guards, effects and middleware that <paramref name="configure"/> points at. The
    /// action log is the registered <see cref="IActionLog"/>, or a <see cref="MemoryActionLog"/>.
    /// </summary>
    public static IServiceCollection AddSharedStoreCore(this IServiceCollection services, Action<StoreOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new StoreOptions();
        configure(options);
        // Scan now, so a bad reducer signature fails at start-up rather than on first use.
        var definition = StoreScanner.Scan(options);

        services.AddMetrics();
        services.AddOptions<ActionLogOptions>();
        services.AddOptions<StoreLimits>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new ActionLogCodec(definition));
        services.TryAddSingleton<IActionLog, MemoryActionLog>();
        services.TryAddSingleton(sp => CreateStore(sp, definition));
        services.AddHostedService<SharedStoreHostedService>();
        return services;
    }

    private static SharedStore CreateStore(IServiceProvider services, StoreDefinition definition)
    {
        var logger = (services.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance).CreateLogger<SharedStore>();
        IStoreMiddleware[] middleware =
            [.. definition.MiddlewareTypes.Select(t => (IStoreMiddleware)ActivatorUtilities.GetServiceOrCreateInstance(services, t))];
        return new SharedStore(
            definition,
            middleware,
            new EffectRunner(services.GetRequiredService<IServiceScopeFactory>(), logger),
            new StoreLogging(
                services.GetRequiredService<IActionLog>(),
                services.GetRequiredService<ActionLogCodec>(),
                services.GetRequiredService<IOptions<ActionLogOptions>>().Value,
                services.GetRequiredService<IOptions<StoreLimits>>().Value),
            services.GetRequiredService<IMeterFactory>(),
            services.GetRequiredService<TimeProvider>(),
            logger);
    }
}
