using System.Diagnostics;
using BlazorSharedState.Benchmarks.Baseline;
using BlazorSharedState.Store;
using BlazorSharedState.Store.Blazor;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.JSInterop;
using MudBlazor.Services;

namespace BlazorSharedState.Benchmarks.Circuits;

/// <summary>
/// N in-process circuits sharing one server: the app's store (and the baseline's singleton),
/// each circuit rendering a real component on its own dispatcher.
/// </summary>
internal sealed class CircuitFarm : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly List<BenchCircuit> _circuits = [];

    /// <param name="configure">Changes the server's registrations, e.g. its action log.</param>
    public CircuitFarm(Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSharedStore(o => o.ScanAssemblies(typeof(Program).Assembly));
        services.AddMudServices();
        services.AddScoped<IJSRuntime, NoopJSRuntime>();
        services.AddScoped<NavigationManager, BenchNavigationManager>();
        services.AddSingleton<EventCounterService>();
        services.AddSingleton<EventChatService>();
        configure?.Invoke(services);
        _services = services.BuildServiceProvider();
        Store = _services.GetRequiredService<SharedStore>();
        Baseline = _services.GetRequiredService<EventCounterService>();
        BaselineChat = _services.GetRequiredService<EventChatService>();
    }

    public SharedStore Store { get; }

    public EventCounterService Baseline { get; }

    public EventChatService BaselineChat { get; }

    public IReadOnlyList<BenchCircuit> Circuits => _circuits;

    /// <summary>A started farm with <paramref name="circuits"/> circuits rendering <typeparamref name="TPage"/>.</summary>
    public static async Task<CircuitFarm> StartAsync<TPage>(
        int circuits,
        Func<int, IDictionary<string, object?>>? parametersFor = null,
        Func<CircuitFarm, Task>? prepare = null,
        Action<IServiceCollection>? configure = null)
        where TPage : IComponent
    {
        var farm = new CircuitFarm(configure);
        await farm.Store.StartAsync();
        if (prepare is not null)
        {
            await prepare(farm);
        }

        await farm.OpenAsync<TPage>(circuits, parametersFor);
        return farm;
    }

    /// <summary>Opens <paramref name="count"/> circuits, each rendering <typeparamref name="TComponent"/>.</summary>
    public async Task OpenAsync<TComponent>(int count, Func<int, IDictionary<string, object?>>? parametersFor = null)
        where TComponent : IComponent
    {
        for (var i = 0; i < count; i++)
        {
            var scope = _services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CircuitIdentity>().Assign($"user-{i % 50}", $"circuit-{_circuits.Count}");
            var circuit = new BenchCircuit(scope, NullLoggerFactory.Instance);
            _circuits.Add(circuit);
            await circuit.MountAsync<TComponent>(parametersFor?.Invoke(i));
        }

        ThrowIfAnyFailed();
    }

    /// <summary>Render batches so far, summed over circuits.</summary>
    public long TotalRenders() => _circuits.Sum(c => c.Renders);

    /// <summary>
    /// Runs <paramref name="trigger"/> and waits until every circuit has rendered since;
    /// returns the time from the trigger to the last circuit's render.
    /// </summary>
    public async Task<TimeSpan> TimeUntilAllRenderedAsync(Action trigger)
    {
        var before = _circuits.Select(c => c.Renders).ToArray();
        var start = Stopwatch.GetTimestamp();
        trigger();
        await WaitUntilAsync(() => AllRenderedSince(before));
        return Stopwatch.GetElapsedTime(start, _circuits.Max(c => c.LastRenderTimestamp));
    }

    /// <summary>Waits until no circuit rendered for <paramref name="quiet"/>.</summary>
    public async Task WaitForQuietAsync(TimeSpan quiet)
    {
        var last = TotalRenders();
        while (true)
        {
            await Task.Delay(quiet);
            var now = TotalRenders();
            if (now == last && Store.QueueLength == 0)
            {
                return;
            }

            last = now;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var circuit in _circuits)
        {
            await circuit.Dispatcher.InvokeAsync(circuit.Dispose);
        }

        _circuits.Clear();
        await Store.StopAsync();
        await _services.DisposeAsync();
    }

    public static async Task WaitUntilAsync(Func<bool> condition)
    {
        var timeout = Stopwatch.StartNew();
        while (!condition())
        {
            if (timeout.Elapsed > TimeSpan.FromMinutes(5))
            {
                throw new TimeoutException("Circuits did not catch up within 5 minutes.");
            }

            await Task.Delay(1);
        }
    }

    private bool AllRenderedSince(long[] before)
    {
        for (var i = 0; i < before.Length; i++)
        {
            if (_circuits[i].Renders <= before[i])
            {
                return false;
            }
        }

        return true;
    }

    private void ThrowIfAnyFailed()
    {
        if (_circuits.FirstOrDefault(c => c.Failure is not null) is { } failed)
        {
            throw new InvalidOperationException("A circuit failed to render.", failed.Failure);
        }
    }
}
