using BlazorSharedState.Store;
using BlazorSharedState.Store.Blazor;
using BlazorSharedState.Store.Blazor.Internal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;

namespace BlazorSharedState.Web.Tests.Fixtures;

/// <summary>
/// One started store over the app's features, and any number of "circuits": independent
/// bUnit contexts (each its own renderer and dispatcher) that share that store.
/// </summary>
public sealed class SharedStoreFixture : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly List<BunitContext> _circuits = [];

    public SharedStoreFixture()
    {
        _services = new ServiceCollection()
            .AddSingleton<TimeProvider>(Time)
            .AddSharedStoreCore(o => o.ScanAssemblies(typeof(Program).Assembly))
            .BuildServiceProvider();
        Store = _services.GetRequiredService<SharedStore>();
        Store.StartAsync().GetAwaiter().GetResult();
    }

    public SharedStore Store { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));

    /// <summary>
    /// A new browser tab of <paramref name="userId"/>, connected to the shared store;
    /// <paramref name="services"/> may add to or replace its services.
    /// </summary>
    public BunitContext OpenCircuit(string userId, Action<IServiceCollection>? services = null)
    {
        var circuit = new BunitContext();
        circuit.JSInterop.Mode = JSRuntimeMode.Loose;
        circuit.Services.AddSingleton(Store);
        circuit.Services.AddSingleton<TimeProvider>(Time);
        circuit.Services.AddSharedStoreCircuitServices();
        // Renders are paced to display frames on a real clock: the fake one only stamps actions,
        // and a frame that never passed would hold every render after the first.
        circuit.Services.AddScoped(_ => new CircuitRenderQueue(TimeProvider.System));
        circuit.Services.AddMudServices();
        services?.Invoke(circuit.Services);
        circuit.Services.GetRequiredService<CircuitIdentity>().Assign(userId, $"{userId}-circuit-{_circuits.Count}");
        // Every component rendered in this circuit sits below a render root, as the app's layout has it.
        circuit.RenderTree.Add<WithRenderRoot>();
        _circuits.Add(circuit);
        return circuit;
    }

    /// <summary>Dispatches as <paramref name="userId"/> from outside any circuit and waits for the answer.</summary>
    public Task<DispatchResult> DispatchAsync(object action, string userId = "someone") =>
        Store.DispatchAsync(action, new ActionOrigin(userId, $"{userId}-elsewhere"));

    public async ValueTask DisposeAsync()
    {
        foreach (var circuit in _circuits)
        {
            await circuit.DisposeAsync();
        }

        _circuits.Clear();
        await Store.StopAsync();
        await _services.DisposeAsync();
    }
}
