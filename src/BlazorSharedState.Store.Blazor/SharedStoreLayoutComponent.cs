using BlazorSharedState.Store;
using BlazorSharedState.Store.Blazor.Internal;
using Microsoft.AspNetCore.Components;

namespace BlazorSharedState.Store.Blazor;

/// <summary>
/// A layout that re-renders when the <see cref="IState{TState}"/> or
/// <see cref="IStateSelection{TState, TValue}"/> properties it injected change, on its own
/// circuit, coalescing bursts; it unsubscribes when disposed.
/// </summary>
public abstract class SharedStoreLayoutComponent : LayoutComponentBase, IDisposable
{
    private ComponentStoreBinding? _binding;

    [Inject]
    private IActionSubscriber ActionSubscriber { get; set; } = default!;

    [Inject]
    private CircuitRenderQueue RenderQueue { get; set; } = default!;

    // Bound on first parameters rather than in OnInitialized, so subclasses need not call base.
    private ComponentStoreBinding Binding => _binding ??= ComponentStoreBinding.Start(new ComponentHooks(this, InvokeAsync, StateHasChanged, DispatchExceptionAsync), ActionSubscriber, RenderQueue);

    /// <inheritdoc />
    public override Task SetParametersAsync(ParameterView parameters)
    {
        _ = Binding;
        return base.SetParametersAsync(parameters);
    }

    /// <summary>
    /// Runs <paramref name="callback"/> on this component's circuit after each accepted
    /// <typeparamref name="TAction"/> (which actions those are: <see cref="IActionSubscriber.SubscribeToAction{TAction}"/>),
    /// until the component is disposed.
    /// </summary>
    protected void SubscribeToAction<TAction>(Action<TAction, ActionMeta> callback) => Binding.SubscribeToAction(callback);

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Ends every subscription of this component.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _binding?.Dispose();
        }
    }
}
