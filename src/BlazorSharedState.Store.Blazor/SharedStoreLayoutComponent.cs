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

    /// <inheritdoc />
    public override Task SetParametersAsync(ParameterView parameters)
    {
        // Bound here rather than in OnInitialized, so subclasses need not remember base calls.
        _binding ??= ComponentStoreBinding.Start(this, InvokeAsync, StateHasChanged);
        return base.SetParametersAsync(parameters);
    }

    /// <summary>Runs <paramref name="callback"/> on this component's circuit after each accepted <typeparamref name="TAction"/>.</summary>
    protected void SubscribeToAction<TAction>(Action<TAction, ActionMeta> callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var binding = _binding ??= ComponentStoreBinding.Start(this, InvokeAsync, StateHasChanged);
        ActionSubscriber.SubscribeToAction<TAction>(this, (action, meta) => binding.Post(() => callback(action, meta)));
    }

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
            ActionSubscriber.UnsubscribeFromAllActions(this);
        }
    }
}
