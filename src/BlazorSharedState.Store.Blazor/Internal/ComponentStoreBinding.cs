using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Components;

namespace BlazorSharedState.Store.Blazor.Internal;

/// <summary>
/// Connects one component to the states it injected. Notifications arrive on the store's loop;
/// each schedules at most one render on the component's own dispatcher, and that render reads
/// the latest state, so a burst of actions costs one render, not one per action.
/// </summary>
internal sealed class ComponentStoreBinding(IComponent owner, Func<Action, Task> invokeAsync, Action stateHasChanged) : IDisposable
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> NotifierProperties = new();

    private IStateChangedNotifier[] _notifiers = [];
    private int _renderPending;
    private bool _disposed;

    public static ComponentStoreBinding Start(IComponent owner, Func<Action, Task> invokeAsync, Action stateHasChanged)
    {
        var binding = new ComponentStoreBinding(owner, invokeAsync, stateHasChanged);
        binding.Bind();
        return binding;
    }

    private void Bind()
    {
        _notifiers = [.. PropertiesOf(owner.GetType()).Select(p => p.GetValue(owner)).OfType<IStateChangedNotifier>()];
        foreach (var notifier in _notifiers)
        {
            notifier.StateChanged += OnStateChanged;
        }
    }

    /// <summary>Runs <paramref name="work"/> on the component's dispatcher unless it is disposed by then.</summary>
    public void Post(Action work) => _ = RunOnDispatcherAsync(() =>
    {
        if (!_disposed)
        {
            work();
        }
    });

    public void Dispose()
    {
        _disposed = true;
        foreach (var notifier in _notifiers)
        {
            notifier.StateChanged -= OnStateChanged;
        }

        _notifiers = [];
    }

    private void OnStateChanged(object? sender, EventArgs e)
    {
        if (Interlocked.Exchange(ref _renderPending, 1) == 0)
        {
            // Cleared before rendering: a change arriving mid-render schedules one more.
            Post(() =>
            {
                Volatile.Write(ref _renderPending, 0);
                stateHasChanged();
            });
        }
    }

    private async Task RunOnDispatcherAsync(Action work)
    {
        try
        {
            await invokeAsync(work);
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
