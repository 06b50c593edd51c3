using System.Collections.Concurrent;
using System.Reflection;
using BlazorSharedState.Store;
using Microsoft.AspNetCore.Components;

namespace BlazorSharedState.Store.Blazor.Internal;

/// <summary>
/// Connects one component to the states it injected. Notifications arrive on the store's loop;
/// each schedules at most one render on the component's own dispatcher, and that render reads
/// the latest state, so a burst of actions costs one render, not one per action. The render goes
/// through the circuit's <see cref="CircuitRenderQueue"/>, so that one action is one render batch
/// per circuit.
/// </summary>
internal sealed class ComponentStoreBinding : IDisposable
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> NotifierProperties = new();

    private readonly IComponent _owner;
    private readonly IActionSubscriber _actions;
    private readonly CircuitRenderQueue _renderQueue;
    private readonly Func<Action, Task> _invokeAsync;
    private readonly Action _stateHasChanged;
    private readonly Func<Exception, Task> _dispatchException;
    private IStateChangedNotifier[] _notifiers = [];

    // Made by the first action subscription: most components never hear actions, and every tab holds dozens of them.
    private ConcurrentQueue<Action>? _heard;
    private int _renderPending;
    private int _heardDraining;
    private volatile bool _disposed;

    private ComponentStoreBinding(ComponentHooks hooks, IActionSubscriber actions, CircuitRenderQueue renderQueue)
    {
        _owner = hooks.Owner;
        _actions = actions;
        _renderQueue = renderQueue;
        _invokeAsync = hooks.InvokeAsync;
        _stateHasChanged = hooks.StateHasChanged;
        _dispatchException = hooks.DispatchExceptionAsync;
    }

    /// <summary>The type of the component bound, for messages.</summary>
    public Type OwnerType => _owner.GetType();

    public static ComponentStoreBinding Start(ComponentHooks hooks, IActionSubscriber actions, CircuitRenderQueue renderQueue)
    {
        var binding = new ComponentStoreBinding(hooks, actions, renderQueue);
        binding.Bind();
        return binding;
    }

    /// <summary>The states <paramref name="component"/> injected: every property of it that can notify.</summary>
    public static IStateChangedNotifier[] NotifiersOf(IComponent component) =>
        [.. PropertiesOf(component.GetType()).Select(p => p.GetValue(component)).OfType<IStateChangedNotifier>()];

    private void Bind()
    {
        _notifiers = NotifiersOf(_owner);
        foreach (var notifier in _notifiers)
        {
            notifier.StateChanged += OnStateChanged;
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> on the component's dispatcher unless it is disposed by then.
    /// It is handed to the thread pool first: a Blazor dispatcher runs <c>InvokeAsync</c> work
    /// inline on the calling thread when the circuit is idle, and the caller here is the
    /// store's loop, which must never render anyone's components.
    /// </summary>
    public void Post(Action work) =>
        ThreadPool.UnsafeQueueUserWorkItem(static state => _ = state.Binding.RunOnDispatcherAsync(state.Work), (Binding: this, Work: work), preferLocal: false);

    /// <summary>
    /// Runs <paramref name="callback"/> on the component's dispatcher after each accepted
    /// <typeparamref name="TAction"/>, in log order: the store hears them in order, and one drain
    /// at a time hands them over, since two pool threads posting separately could swap them.
    /// </summary>
    public void SubscribeToAction<TAction>(Action<TAction, ActionMeta> callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var heard = _heard ??= new ConcurrentQueue<Action>();
        _actions.SubscribeToAction<TAction>(_owner, (action, meta) =>
        {
            heard.Enqueue(() => callback(action, meta));
            if (Interlocked.Exchange(ref _heardDraining, 1) == 0)
            {
                Post(DrainHeard);
            }
        });
    }

    public void Dispose()
    {
        _disposed = true;
        _actions.UnsubscribeFromAllActions(_owner);
        foreach (var notifier in _notifiers)
        {
            notifier.StateChanged -= OnStateChanged;
        }

        _notifiers = [];
    }

    /// <summary>
    /// On the dispatcher: runs every heard action in order, then lets the next one schedule a
    /// drain. A callback that throws fails its component as an event handler would, and the
    /// actions after it still arrive.
    /// </summary>
    private void DrainHeard()
    {
        var heard = _heard!;
        do
        {
            while (heard.TryDequeue(out var work))
            {
                try
                {
                    work();
                }
                catch (Exception error)
                {
                    Fail(error);
                }
            }

            Volatile.Write(ref _heardDraining, 0);
        }
        while (!heard.IsEmpty && Interlocked.Exchange(ref _heardDraining, 1) == 0);
    }

    private void OnStateChanged(object? sender, EventArgs e)
    {
        // At most one render pending: the flag stays set until that render starts, so a burst
        // of changes meanwhile costs nothing more; the render reads the latest state.
        if (Interlocked.Exchange(ref _renderPending, 1) == 0)
        {
            _renderQueue.Enqueue(this);
        }
    }

    /// <summary>
    /// Fails the component with <paramref name="error"/> the way Blazor fails a component: to its
    /// error boundary, or else the circuit, which logs it. Runs on the component's dispatcher.
    /// </summary>
    public void Fail(Exception error)
    {
        if (!_disposed)
        {
            _ = _dispatchException(error);
        }
    }

    /// <summary>Re-renders with the latest state unless disposed; runs on the component's dispatcher.</summary>
    public void RenderLatest()
    {
        Volatile.Write(ref _renderPending, 0);
        if (!_disposed)
        {
            _stateHasChanged();
        }
    }

    private Task RunOnDispatcherAsync(Action work) => InvokeObservedAsync(() =>
    {
        if (!_disposed)
        {
            work();
        }
    });

    // Completes synchronously (allocation-free) whenever the dispatcher runs the work inline.
    private async Task InvokeObservedAsync(Action onDispatcher)
    {
        try
        {
            await _invokeAsync(onDispatcher);
        }
        catch (ObjectDisposedException)
        {
            // The circuit is gone; there is nobody left to render for.
        }
    }

    private static PropertyInfo[] PropertiesOf(Type type) => NotifierProperties.GetOrAdd(type, static t =>
    {
        var properties = new List<PropertyInfo>();
        for (var current = t; current is not null && current != typeof(object); current = current.BaseType)
        {
            properties.AddRange(current
                .GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .Where(p => typeof(IStateChangedNotifier).IsAssignableFrom(p.PropertyType) && p.GetIndexParameters().Length == 0));
        }

        return [.. properties];
    });
}
