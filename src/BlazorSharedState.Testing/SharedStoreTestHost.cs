using System.Reflection;
using BlazorSharedState.Store;
using BlazorSharedState.Store.Blazor;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BlazorSharedState.Testing;

/// <summary>
/// One started <see cref="SharedStore"/> over your features, on a fake clock, and any number of
/// circuits on it: bUnit contexts, each its own renderer and dispatcher, each a tab of the user
/// it was opened for. Dispatch as any user and assert the answer; wait for the store or a
/// circuit to show what should follow. Disposing the host closes every circuit and stops the store.
/// </summary>
public sealed partial class SharedStoreTestHost : IAsyncDisposable
{
    private readonly SharedStoreTestOptions _options;
    private readonly ServiceProvider _services;
    private readonly List<BunitContext> _circuits = [];
    private bool _disposed;

    /// <summary>A host whose store scans <paramref name="featureAssemblies"/>.</summary>
    public SharedStoreTestHost(params Assembly[] featureAssemblies)
        : this(options => options.ScanAssemblies(featureAssemblies))
    {
    }

    /// <summary>
    /// A host built as <paramref name="configure"/> says. The constructor starts the store and
    /// waits for it, so a test class can create its host in a field initializer.
    /// </summary>
    public SharedStoreTestHost(Action<SharedStoreTestOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        _options = new SharedStoreTestOptions();
        configure(_options);
        Time = new FakeTimeProvider(_options.StartTime);

        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(Time)
            .AddSharedStoreCore(_options.Scan);
        _options.AddServices(services);
        _services = services.BuildServiceProvider();
        try
        {
            Store = _services.GetRequiredService<SharedStore>();
            // Off the caller's thread, so a test framework's synchronization context can't deadlock the start.
            Task.Run(() => Store.StartAsync()).GetAwaiter().GetResult();
        }
        catch
        {
            // A store that can't start (its log unreadable, say) leaves nothing running. The store
            // disposes only asynchronously, so the container must too.
            _services.DisposeAsync().AsTask().GetAwaiter().GetResult();
            throw;
        }
    }

    /// <summary>The store every circuit of this host shares.</summary>
    public SharedStore Store { get; }

    /// <summary>The clock of the store and of every circuit; it moves only when the test moves it.</summary>
    public FakeTimeProvider Time { get; }

    /// <summary>The store's container: its options, its log, what your effects resolve.</summary>
    public IServiceProvider Services => _services;

    /// <summary>The current state of a feature.</summary>
    public TState GetState<TState>()
        where TState : class => Store.GetState<TState>();

    /// <summary>
    /// A new browser tab of <paramref name="userId"/> on the shared store, with its own circuit id
    /// and its <see cref="SharedStoreRenderRoot"/>: render components into it. JavaScript calls are answered with defaults. <paramref name="services"/>
    /// may add to or replace its services, after those of <see cref="SharedStoreTestOptions.ConfigureCircuits"/>.
    /// </summary>
    public BunitContext OpenCircuit(string userId, Action<IServiceCollection>? services = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var circuit = new BunitContext();
        circuit.JSInterop.Mode = JSRuntimeMode.Loose;
        circuit.Services.AddSingleton(Store);
        circuit.Services.AddSingleton<TimeProvider>(Time);
        // Renders are paced to display frames on the real clock: the fake one stamps actions, and a
        // frame it is never moved past would hold every render after the first.
        circuit.Services.AddSharedStoreCircuitServices(frameClock: TimeProvider.System);
        // Every component rendered in the circuit sits below a render root, as an app's layout has it.
        circuit.RenderTree.Add<RenderRootAround>();
        _options.Prepare(circuit);
        services?.Invoke(circuit.Services);
        lock (_circuits)
        {
            circuit.Services.GetRequiredService<CircuitIdentity>().Assign(userId, $"{userId}-circuit-{_circuits.Count}");
            _circuits.Add(circuit);
        }

        return circuit;
    }

    /// <summary>Closes every circuit (their components unsubscribe), stops the store and disposes its services.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        BunitContext[] circuits;
        lock (_circuits)
        {
            circuits = [.. _circuits];
            _circuits.Clear();
        }

        foreach (var circuit in circuits)
        {
            await circuit.DisposeAsync();
        }

        await Store.StopAsync();
        await _services.DisposeAsync();
    }
}
