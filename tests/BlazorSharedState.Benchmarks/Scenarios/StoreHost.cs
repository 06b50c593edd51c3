using BlazorSharedState.Store;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorSharedState.Benchmarks.Scenarios;

/// <summary>
/// A store in a container of its own, built as the app builds it: the scenario picks the
/// features to scan and may change the registrations (the log, the clock) before it is built.
/// Nothing is started here, so a scenario can time the start itself.
/// </summary>
internal sealed class StoreHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public StoreHost(Action<StoreOptions> scan, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        // The SQLite log takes a logger; with no provider nothing is written.
        services.AddLogging();
        services.AddSharedStoreCore(scan);
        configure?.Invoke(services);
        _services = services.BuildServiceProvider();
        Store = _services.GetRequiredService<SharedStore>();
    }

    public SharedStore Store { get; }

    public T GetRequiredService<T>()
        where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Stops the store as a host would (drain, final snapshot), then closes its log.</summary>
    public async ValueTask DisposeAsync()
    {
        await Store.StopAsync();
        await _services.DisposeAsync();
    }
}
