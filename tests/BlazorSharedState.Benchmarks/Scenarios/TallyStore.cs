using BlazorSharedState.Store;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorSharedState.Benchmarks.Scenarios;

/// <summary>A started store holding only <see cref="BenchTally"/>.</summary>
internal sealed class TallyStore : IAsyncDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection()
        .AddSharedStoreCore(o => o.ScanTypes(typeof(BenchTally)))
        .BuildServiceProvider();

    public TallyStore()
    {
        Store = _services.GetRequiredService<SharedStore>();
        Store.StartAsync().GetAwaiter().GetResult();
    }

    public SharedStore Store { get; }

    public async ValueTask DisposeAsync()
    {
        await Store.StopAsync();
        await _services.DisposeAsync();
    }
}
