using BlazorSharedState.Store.Blazor;
using System.Diagnostics;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.RenderTree;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BlazorSharedState.Benchmarks.Circuits;

/// <summary>
/// What a circuit is to the server, minus the network: a renderer with its own dispatcher
/// (synchronization context) and its own DI scope, rendering real app components.
/// </summary>
internal sealed class BenchCircuit : Renderer
{
    private readonly AsyncServiceScope _scope;
    private int _rootComponentId = -1;
    private long _renders;
    private long _rootRenders;
    private long _lastRenderTimestamp;

    public BenchCircuit(AsyncServiceScope scope, ILoggerFactory loggerFactory)
        : base(scope.ServiceProvider, loggerFactory)
    {
        _scope = scope;
    }

    public override Dispatcher Dispatcher { get; } = Dispatcher.CreateDefault();

    protected override RendererInfo RendererInfo { get; } = new("Server", isInteractive: true);

    public IServiceProvider Services => _scope.ServiceProvider;

    /// <summary>Render batches produced so far.</summary>
    public long Renders => Interlocked.Read(ref _renders);

    /// <summary><see cref="Stopwatch"/> timestamp of the latest render batch.</summary>
    public long LastRenderTimestamp => Interlocked.Read(ref _lastRenderTimestamp);

    public Exception? Failure { get; private set; }

    /// <summary>Render batches in which the mounted (root) component itself rendered.</summary>
    public long RootRenders => Interlocked.Read(ref _rootRenders);

    /// <summary>
    /// Mounts <typeparamref name="TComponent"/> beside a <see cref="SharedStoreRenderRoot"/>, as the
    /// app's layout has one: store-driven renders then take the path they take in the app.
    /// </summary>
    public Task MountAsync<TComponent>(IDictionary<string, object?>? parameters = null)
        where TComponent : IComponent => Dispatcher.InvokeAsync(async () =>
        {
            await RenderRootComponentAsync(AssignRootComponentId(InstantiateComponent(typeof(SharedStoreRenderRoot))));
            var component = InstantiateComponent(typeof(TComponent));
            _rootComponentId = AssignRootComponentId(component);
            await RenderRootComponentAsync(_rootComponentId, ParameterView.FromDictionary(parameters ?? new Dictionary<string, object?>()));
        });

    /// <summary>The text the circuit currently shows inside the element with <paramref name="testId"/>.</summary>
    public Task<string?> TextOfAsync(string testId) =>
        Dispatcher.InvokeAsync(() => RenderedText.Find(GetCurrentRenderTreeFrames, _rootComponentId, testId));

    protected override void HandleException(Exception exception) => Failure ??= exception;

    protected override Task UpdateDisplayAsync(in RenderBatch renderBatch)
    {
        Interlocked.Exchange(ref _lastRenderTimestamp, Stopwatch.GetTimestamp());
        Interlocked.Increment(ref _renders);
        for (var i = 0; i < renderBatch.UpdatedComponents.Count; i++)
        {
            if (renderBatch.UpdatedComponents.Array[i].ComponentId == _rootComponentId)
            {
                Interlocked.Increment(ref _rootRenders);
                break;
            }
        }

        return Task.CompletedTask;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            // MudBlazor's chips keep services that only dispose asynchronously; their script calls go to a no-op runtime.
            _scope.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
