using System.Reflection;
using BlazorSharedState.Store;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorSharedState.Testing;

/// <summary>What a <see cref="SharedStoreTestHost"/> builds: which features, which services, which clock.</summary>
public sealed class SharedStoreTestOptions
{
    /// <summary>How long a wait gives the store or a circuit by default: long enough for a busy build machine.</summary>
    public static readonly TimeSpan DefaultPatience = TimeSpan.FromSeconds(10);

    private readonly List<Action<StoreOptions>> _scans = [];
    private readonly List<Action<IServiceCollection>> _services = [];
    private readonly List<Action<BunitContext>> _circuits = [];

    /// <summary>Where the fake clock starts; a fixed moment, so every run sees the same times.</summary>
    public DateTimeOffset StartTime { get; set; } = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// How long <see cref="SharedStoreTestHost.WaitForStateAsync{TState}"/> waits before it fails.
    /// A passing test never waits this long: a wait ends as soon as its condition holds.
    /// </summary>
    public TimeSpan Patience { get; set; } = DefaultPatience;

    /// <summary>Scans every type of the given assemblies for features, reducers, guards, effects and middleware.</summary>
    public SharedStoreTestOptions ScanAssemblies(params Assembly[] assemblies)
    {
        ArgumentNullException.ThrowIfNull(assemblies);
        _scans.Add(store => store.ScanAssemblies(assemblies));
        return this;
    }

    /// <summary>Scans only the given types (and their nested types).</summary>
    public SharedStoreTestOptions ScanTypes(params Type[] types)
    {
        ArgumentNullException.ThrowIfNull(types);
        _scans.Add(store => store.ScanTypes(types));
        return this;
    }

    /// <summary>
    /// Adds to or replaces the store's services, after the store's own registrations: what your
    /// effects and middleware need, an <see cref="IActionLog"/>, or <see cref="StoreLimits"/>.
    /// </summary>
    public SharedStoreTestOptions ConfigureServices(Action<IServiceCollection> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        _services.Add(configure);
        return this;
    }

    /// <summary>
    /// Prepares every circuit the host opens, before its user is assigned: add the services your
    /// components need (a component library's, say) or set how JavaScript calls are answered.
    /// </summary>
    public SharedStoreTestOptions ConfigureCircuits(Action<BunitContext> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        _circuits.Add(configure);
        return this;
    }

    internal void Scan(StoreOptions store) => _scans.ForEach(scan => scan(store));

    internal void AddServices(IServiceCollection services) => _services.ForEach(configure => configure(services));

    internal void Prepare(BunitContext circuit) => _circuits.ForEach(configure => configure(circuit));
}
