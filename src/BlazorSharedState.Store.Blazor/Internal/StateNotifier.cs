namespace BlazorSharedState.Store.Blazor.Internal;

/// <summary>
/// Subscribes to the store only while someone listens: the first handler subscribes, the last
/// one to leave (or disposal with the circuit) unsubscribes, so nothing outlives its component.
/// </summary>
internal abstract class StateNotifier(CircuitTimeline timeline) : IStateChangedNotifier, IDisposable
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
                if (_subscription is null)
                {
                    _subscription = SubscribeToStore();
                    timeline.Moved += OnTimelineMoved;
                }
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

    /// <summary>The moment the circuit shows: live, or a past view.</summary>
    protected CircuitTimeline Timeline => timeline;

    protected abstract IDisposable SubscribeToStore();

    /// <summary>The circuit moved to another moment: everything it shows may differ.</summary>
    protected virtual void OnTimelineMoved() => RaiseStateChanged();

    protected void RaiseStateChanged() => _stateChanged?.Invoke(this, EventArgs.Empty);

    private void Unsubscribe()
    {
        if (_subscription is not null)
        {
            timeline.Moved -= OnTimelineMoved;
        }

        _subscription?.Dispose();
        _subscription = null;
    }
}
