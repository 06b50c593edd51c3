using BlazorSharedState.Store;
using BlazorSharedState.Store.Blazor.Admission;
using BlazorSharedState.Store.Blazor.Circuits;
using BlazorSharedState.Store.Blazor.Internal;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BlazorSharedState.Store.Blazor;

/// <summary>Registers the shared store and its per-circuit facades.</summary>
public static class SharedStoreServiceCollectionExtensions
{
    /// <summary>
    /// Adds the singleton store (see <see cref="StoreServiceCollectionExtensions.AddSharedStoreCore"/>)
    /// and the facades every circuit uses to reach it.
    /// </summary>
    public static IServiceCollection AddSharedStore(this IServiceCollection services, Action<StoreOptions> configure) =>
        services.AddSharedStoreCore(configure).AddSharedStoreCircuitServices();

    /// <summary>
    /// Adds only the per-circuit facades, for a container that gets the <see cref="SharedStore"/>
    /// from elsewhere (several test renderers sharing one store, say). <paramref name="frameClock"/>
    /// paces the circuit's render batches to display frames; by default the container's
    /// <see cref="TimeProvider"/>. A test whose store runs on a fake clock passes the real one, so
    /// that renders don't wait for a frame the test never moves the clock past.
    /// </summary>
    public static IServiceCollection AddSharedStoreCircuitServices(this IServiceCollection services, TimeProvider? frameClock = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (frameClock is not null)
        {
            services.TryAddScoped(_ => new CircuitRenderQueue(frameClock));
        }
        services.TryAddScoped<CircuitIdentity>();
        services.TryAddScoped<RejectionNotifier>();
        services.TryAddScoped<CircuitTimeline>();
        services.AddOptions<StoreLimits>();
        services.TryAddSingleton<ActionPace>();
        services.TryAddSingleton<OpenCircuits>();
        services.TryAddScoped<CircuitAdmission>();
        services.AddHttpContextAccessor();
        services.TryAddScoped<IDispatcher, CircuitDispatcher>();
        services.TryAddScoped<IActionSubscriber, ActionSubscriber>();
        services.TryAddScoped<CircuitRenderQueue>();
        // Transient and not disposable: each component gets its own, subscribed while the component's
        // binding listens, and the circuit's scope keeps none of them (it would keep every disposable
        // transient until the tab closes).
        services.TryAddTransient(typeof(IState<>), typeof(StateFacade<>));
        services.TryAddTransient(typeof(IStateSelection<,>), typeof(StateSelection<,>));
        services.TryAddEnumerable(ServiceDescriptor.Scoped<CircuitHandler, CircuitLifecycleHandler>());
        return services;
    }
}
