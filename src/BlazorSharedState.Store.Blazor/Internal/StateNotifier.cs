namespace BlazorSharedState.Store.Blazor.Internal;

/// <summary>
/// Subscribes to the store only while someone listens: the first handler subscribes, the last
/// one to leave unsubscribes, so the subscription lives exactly as long as its component's binding.
/// </summary>
/// <remarks>
/// Deliberately not <see cref="IDisposable"/>: the container keeps every disposable transient it
/// creates until its scope ends, so a disposable facade would stay with the circuit for as long as
/// the tab is open, one more for every page the tab ever showed. Without listeners it holds nothing
/// of the store's, and the component that injected it is its only owner.
/// </remarks>
internal abstract class StateNotifier(CircuitTimeline timeline) : IStateChangedNotifier
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
