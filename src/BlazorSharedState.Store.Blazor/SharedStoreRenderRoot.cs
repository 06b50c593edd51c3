using BlazorSharedState.Store.Blazor.Internal;
using Microsoft.AspNetCore.Components;

namespace BlazorSharedState.Store.Blazor;

/// <summary>
/// Place once per circuit, in the layout, before the components that use the store: it is how
/// they re-render. Every <see cref="SharedStoreComponent"/> an action changes re-renders in one
/// Blazor render batch: the browser gets one message and updates the page once, instead of once
/// per component. It renders nothing itself. Without one, such a component fails with an error
/// saying so at the first change it would show.
/// </summary>
/// <remarks>
/// Blazor sends a batch for each <c>StateHasChanged</c> made outside a batch. This component
/// opens a batch by rendering, and asks the waiting components to render from inside it.
/// </remarks>
public sealed class SharedStoreRenderRoot : IComponent, IDisposable
{
    private readonly RenderFragment _renderPending;
    private RenderHandle _handle;
    private CircuitRenderQueue? _queue;
    private bool _disposed;

    public SharedStoreRenderRoot() => _renderPending = _ => _queue?.RenderPending();

    [Inject]
    private CircuitRenderQueue Queue { get; set; } = default!;

    void IComponent.Attach(RenderHandle renderHandle) => _handle = renderHandle;

    /// <inheritdoc />
    public Task SetParametersAsync(ParameterView parameters)
    {
        // Parameters carry nothing, and a parent re-render is no reason to render.
        if (_queue is null && !_disposed)
        {
            _queue = Queue;
            _queue.Attach(this);
        }

        return Task.CompletedTask;
    }

    /// <summary>Renders the queued components in one batch, on the circuit's dispatcher.</summary>
    internal async Task RenderPendingAsync()
    {
        try
        {
            await _handle.Dispatcher.InvokeAsync(() =>
            {
                // A root disposed meanwhile has left the queue to the circuit's next root.
                if (!_disposed)
                {
                    _handle.Render(_renderPending);
                }
            });
        }
        catch (ObjectDisposedException)
        {
            // The circuit is gone; there is nobody left to render for.
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _disposed = true;
        _queue?.Detach(this);
    }
}
