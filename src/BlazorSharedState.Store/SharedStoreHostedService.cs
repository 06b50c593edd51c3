using Microsoft.Extensions.Hosting;

namespace BlazorSharedState.Store;

/// <summary>Starts the store with the host, before any browser connects, and drains it on shutdown.</summary>
internal sealed class SharedStoreHostedService(SharedStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.StartAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => store.StopAsync().WaitAsync(cancellationToken);
}
