using BlazorSharedState.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace BlazorSharedState.Store.Tests.Fixtures;

/// <summary>A started store over the test features, with a fake clock and captured logs.</summary>
public sealed class StoreHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private StoreHarness(ServiceProvider services)
    {
        Services = services;
        Subject = services.GetRequiredService<SharedStore>();
    }

    public ServiceProvider Services { get; }

    public SharedStore Subject { get; }

    public FakeTimeProvider Time => (FakeTimeProvider)Services.GetRequiredService<TimeProvider>();

    public FakeLogCollector Logs => Services.GetFakeLogCollector();

    public RecordingMiddleware Middleware => Services.GetRequiredService<RecordingMiddleware>();

    public PingEffectProbe Probe => Services.GetRequiredService<PingEffectProbe>();

    /// <summary>A store over the test features; <paramref name="configure"/> may swap in a log or its options.</summary>
    public static async Task<StoreHarness> StartAsync(bool start = true, TimeProvider? time = null, Action<IServiceCollection>? configure = null)
    {
        var collection = new ServiceCollection();
        configure?.Invoke(collection);
        var services = collection
            .AddLogging(logging => logging.AddFakeLogging().SetMinimumLevel(LogLevel.Debug))
            .AddSingleton(time ?? new FakeTimeProvider(Start))
            .AddSingleton<RecordingMiddleware>()
            .AddSingleton<PingEffectProbe>()
            .AddSharedStoreCore(options => options.ScanTypes(
                typeof(TallyState), typeof(TallyReducers), typeof(TallyGuards), typeof(LabelState),
                typeof(PingEffects), typeof(RecordingMiddleware)))
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        var harness = new StoreHarness(services);
        if (start)
        {
            await harness.Subject.StartAsync();
        }

        return harness;
    }

    public static ActionOrigin User(string userId, string? circuitId = null) => new(userId, circuitId ?? $"{userId}-tab");

    public async ValueTask DisposeAsync()
    {
        await Subject.StopAsync();
        await Services.DisposeAsync();
    }
}
