namespace BlazorSharedState.Store;

/// <summary>
/// Every feature's state right after the action with <see cref="Sequence"/>: a read-only side
/// copy of the past, built from the log. Nothing done with it reaches the live store.
/// </summary>
public sealed class StoreView
{
    private readonly object[] _states;
    private readonly Func<Type, int> _indexOf;

    internal StoreView(long sequence, object[] states, Func<Type, int> indexOf)
    {
        Sequence = sequence;
        _states = states;
        _indexOf = indexOf;
    }

    /// <summary>The last action this view includes.</summary>
    public long Sequence { get; }

    /// <summary>A feature's state at <see cref="Sequence"/>.</summary>
    public TState GetState<TState>()
        where TState : class => (TState)_states[_indexOf(typeof(TState))];
}
