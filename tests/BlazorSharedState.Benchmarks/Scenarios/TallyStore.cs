using BlazorSharedState.Store;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorSharedState.Benchmarks.Scenarios;

/// <summary>A started store holding only <see cref="BenchTally"/>, on the in-memory log unless <c>configure</c> registers another.</summary>
internal sealed class TallyStore : IAsyncDisposable
{
    private readonly StoreHost _host;

    public TallyStore(Action<IServiceCollection>? configure = null)
    {
        _host = new StoreHost(Scan, configure);
        _host.Store.StartAsync().GetAwaiter().GetResult();
    }

    /// <summary>The features of every tally store, for a log opened without one.</summary>
    public static Action<StoreOptions> Scan { get; } = o => o.ScanTypes(typeof(BenchTally));

    public SharedStore Store => _host.Store;

    public T GetRequiredService<T>()
        where T : notnull => _host.GetRequiredService<T>();

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
