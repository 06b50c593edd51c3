namespace BlazorSharedState.Store.Blazor.Internal;

/// <summary>
/// Subscribes to the store only while someone listens: the first handler subscribes, the last
/// one to leave (or disposal with the circuit) unsubscribes, so nothing outlives its component.
/// </summary>
internal abstract class StateNotifier : IStateChangedNotifier, IDisposable
{
    private readonly Lock _gate = new();
    private EventHandler? _stateChanged;
    private IDisposable? _subscription;

    public event EventHandler? StateChanged
    {
        add
        {
            lock (_gate)
            {
                _stateChanged += value;
                _subscription ??= SubscribeToStore();
            }
        }

        remove
        {
            lock (_gate)
            {
                _stateChanged -= value;
                if (_stateChanged is null)
                {
                    Unsubscribe();
                }
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _stateChanged = null;
            Unsubscribe();
        }
    }

    protected abstract IDisposable SubscribeToStore();

    protected void RaiseStateChanged() => _stateChanged?.Invoke(this, EventArgs.Empty);

    private void Unsubscribe()
    {
        _subscription?.Dispose();
        _subscription = null;
    }
}
