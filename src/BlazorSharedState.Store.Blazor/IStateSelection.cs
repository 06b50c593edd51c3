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

    /// <summary>Chooses the slice; call once, typically in <c>OnInitialized</c>.</summary>
    void Select(Func<TState, TValue> selector, IEqualityComparer<TValue>? comparer = null);
}
