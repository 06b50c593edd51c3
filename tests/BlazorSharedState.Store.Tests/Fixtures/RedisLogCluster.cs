using BlazorSharedState.Store.Redis;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorSharedState.Store.Tests.Fixtures;

/// <summary>A real redis-server and stores that share their action log on it, as servers behind a load balancer do.</summary>
public sealed class RedisLogCluster : IAsyncDisposable
{
    private readonly List<StoreHarness> _stores = [];

    private RedisLogCluster(RedisServer redis) => Redis = redis;

    internal RedisServer Redis { get; }

    public static async Task<RedisLogCluster> StartAsync() => new(await RedisServer.StartNewAsync());

    /// <summary>A store named <paramref name="server"/> on the shared log; <paramref name="options"/> tunes snapshots and retention.</summary>
    public async Task<StoreHarness> StartStoreAsync(string server, Action<ActionLogOptions>? options = null)
    {
        var store = await StoreHarness.StartAsync(time: TimeProvider.System, configure: services => services
            .AddRedisActionLog(o =>
            {
                o.Configuration = Redis.ConnectionString;
                o.SafetyPoll = TimeSpan.FromSeconds(1);
            })
            .Configure<ActionLogOptions>(o =>
            {
                o.ServerName = server;
                options?.Invoke(o);
            }));
        _stores.Add(store);
        return store;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }

        await Redis.DisposeAsync();
    }
}
