namespace BlazorSharedState.Store.Blazor;

/// <summary>
/// A slice of a feature's state; <see cref="IStateChangedNotifier.StateChanged"/> fires only when
/// the selected value changes by equality, so a component re-renders only when its slice did.
/// </summary>
public interface IStateSelection<TState, TValue> : IStateChangedNotifier
    where TState : class
{
    /// <summary>The selected value.</summary>
    TValue Value { get; }

    /// <summary>
    /// Chooses the slice and selects it at once from the moment the circuit shows. Call it again
    /// whenever what to select changes, e.g. in <c>OnParametersSet</c> when the room a component
    /// shows changes: from then on <see cref="Value"/> and
    /// <see cref="IStateChangedNotifier.StateChanged"/> follow the new selector and comparer, even
    /// while the store publishes meanwhile. It raises no <c>StateChanged</c> itself, so call it
    /// where the component renders anyway (<c>OnInitialized</c>, <c>OnParametersSet</c>, an event handler).
    /// </summary>
    void Select(Func<TState, TValue> selector, IEqualityComparer<TValue>? comparer = null);

    /// <summary>
    /// Selects <paramref name="selector"/>'s slice for <paramref name="key"/> (the room a component
    /// shows, say) the first time and whenever the key differs from the last call's, and does nothing
    /// otherwise: call it from <c>OnParametersSet</c> on every render. The key is passed to the
    /// selector, so the selector needn't capture a parameter that may change later.
    /// </summary>
    /// <returns>Whether it selected, i.e. the key is new: where a component resets what belongs to the old key.</returns>
    bool Select<TKey>(TKey key, Func<TState, TKey, TValue> selector, IEqualityComparer<TValue>? comparer = null);
}
