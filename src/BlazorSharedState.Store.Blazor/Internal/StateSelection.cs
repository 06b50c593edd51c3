using BlazorSharedState.Store;

namespace BlazorSharedState.Store.Blazor.Internal;

/// <summary>A circuit's view of a slice of one feature; quiet while the slice is unchanged.</summary>
internal sealed class StateSelection<TState, TValue>(SharedStore store, CircuitTimeline timeline)
    : StateNotifier(timeline), IStateSelection<TState, TValue>
    where TState : class
{
    private const int MaxSelectAttempts = 8;

    // The selector, its comparer and what it selected, replaced as one: the circuit re-selects
    // while the store's loop re-evaluates, and neither may pair one's selector with the other's value.
    private Selected? _current;

    // The key of the last keyed Select, boxed: one selection serves one key type in practice.
    private object? _key;
    private bool _keyed;

    public TValue Value => (Volatile.Read(ref _current) ?? throw NotSelected()).Value;

    public void Select(Func<TState, TValue> selector, IEqualityComparer<TValue>? comparer = null)
    {
        ArgumentNullException.ThrowIfNull(selector);
        comparer ??= EqualityComparer<TValue>.Default;

        // A state committed while the selector ran may have been published with the old selector;
        // select again while the state read is no longer the latest, so no change is left unseen.
        // Under a steady stream the loop's next publish corrects the value anyway, so a few tries do.
        var state = Timeline.StateOf<TState>();
        for (var attempt = 0; attempt < MaxSelectAttempts; attempt++)
        {
            Volatile.Write(ref _current, new Selected(selector, comparer, selector(state)));
            var latest = Timeline.StateOf<TState>();
            if (ReferenceEquals(latest, state))
            {
                return;
            }

            state = latest;
        }
    }

    public bool Select<TKey>(TKey key, Func<TState, TKey, TValue> selector, IEqualityComparer<TValue>? comparer = null)
    {
        ArgumentNullException.ThrowIfNull(selector);
        var same = _key is TKey last ? EqualityComparer<TKey>.Default.Equals(last, key) : _key is null && key is null;
        if (_keyed && same)
        {
            return false;
        }

        (_key, _keyed) = (key, true);
        Select(state => selector(state, key), comparer);
        return true;
    }

    // A component base binds before OnInitialized or OnParametersSet, where Select is called, so
    // the subscription may start first; it stays quiet until there is something selected.
    protected override IDisposable SubscribeToStore() =>
        store.Subscribe<TState>(state =>
        {
            // A circuit looking at the past doesn't follow the live state.
            while (!Timeline.IsPast && Volatile.Read(ref _current) is { } current)
            {
                var next = current.Selector(state);
                if (current.Comparer.Equals(current.Value, next))
                {
                    return;
                }

                // Lost to a Select meanwhile: evaluate its selector against this state too.
                if (ReferenceEquals(Interlocked.CompareExchange(ref _current, current with { Value = next }, current), current))
                {
                    RaiseStateChanged();
                    return;
                }
            }
        });

    /// <summary>Selects again from the moment the circuit now shows, then re-renders.</summary>
    protected override void OnTimelineMoved()
    {
        if (Volatile.Read(ref _current) is { } current)
        {
            Select(current.Selector, current.Comparer);
        }

        RaiseStateChanged();
    }

    private static InvalidOperationException NotSelected() =>
        new($"Call {nameof(Select)} on IStateSelection<{typeof(TState).Name}, {typeof(TValue).Name}> before using it.");

    private sealed record Selected(Func<TState, TValue> Selector, IEqualityComparer<TValue> Comparer, TValue Value);
}
