using System.Text.Json;
using BlazorSharedState.Store;
using BlazorSharedState.Store.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BlazorSharedState.Web.Tests.Log;

/// <summary>A store over the app's features on a given log: a real SQLite file, or a shared in-memory log.</summary>
internal sealed class LoggedStore : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private LoggedStore(ServiceProvider services)
    {
        _services = services;
        Store = services.GetRequiredService<SharedStore>();
    }

    public SharedStore Store { get; }

    public ActionLogCodec Codec => _services.GetRequiredService<ActionLogCodec>();

    /// <summary>Every feature's state as JSON, one line per feature in name order: the live store's, or <paramref name="past"/>'s.</summary>
    public string StatesJson(StoreView? past = null) => string.Join(
        "\n",
        Codec.FeatureTypes.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => JsonSerializer.Serialize(
            (past is null ? typeof(SharedStore) : typeof(StoreView)).GetMethod(nameof(SharedStore.GetState))!
                .MakeGenericMethod(f.Value).Invoke(past ?? (object)Store, null),
            f.Value)));

    /// <summary>Starts a store whose log is the SQLite file <paramref name="path"/>, or <paramref name="memory"/> when given.</summary>
    public static async Task<LoggedStore> StartAsync(FakeTimeProvider time, string? path, IActionLog? memory, int snapshotEvery)
    {
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(time)
            .Configure<ActionLogOptions>(o => o.SnapshotEvery = snapshotEvery);
        if (memory is not null)
        {
            services.AddSingleton(memory);
        }

        services.AddSharedStoreCore(o => o.ScanAssemblies(typeof(Program).Assembly));
        if (path is not null)
        {
            services.AddSqliteActionLog(o => o.Path = path);
        }

        var store = new LoggedStore(services.BuildServiceProvider());
        await store.Store.StartAsync();
        return store;
    }

    public async ValueTask DisposeAsync()
    {
        await Store.StopAsync();
        await _services.DisposeAsync();
    }
}
