using System.Runtime.CompilerServices;
using BlazorSharedState.Store;

namespace BlazorSharedState.Store.Blazor.Internal;

/// <summary>A circuit's view of a slice of one feature; quiet while the slice is unchanged.</summary>
internal sealed class StateSelection<TState, TValue>(SharedStore store) : StateNotifier, IStateSelection<TState, TValue>
    where TState : class
{
    private Func<TState, TValue>? _selector;
    private IEqualityComparer<TValue> _comparer = EqualityComparer<TValue>.Default;

    // Boxed so a reader on the circuit never sees a torn struct written by the loop.
    private StrongBox<TValue>? _selected;

    public TValue Value => (Volatile.Read(ref _selected) ?? throw NotSelected()).Value!;

    public void Select(Func<TState, TValue> selector, IEqualityComparer<TValue>? comparer = null)
    {
        ArgumentNullException.ThrowIfNull(selector);
        _selector = selector;
        _comparer = comparer ?? EqualityComparer<TValue>.Default;
        Volatile.Write(ref _selected, new StrongBox<TValue>(selector(store.GetState<TState>())));
    }

    // A component base binds before OnInitialized, where Select is usually called, so the
    // subscription may start first; it stays quiet until there is something selected.
    protected override IDisposable SubscribeToStore() =>
        store.Subscribe<TState>(state =>
        {
            var selector = _selector;
            if (selector is null)
            {
                return;
            }

            var next = selector(state);
            if (!_comparer.Equals(Volatile.Read(ref _selected)!.Value, next))
            {
                Volatile.Write(ref _selected, new StrongBox<TValue>(next));
                RaiseStateChanged();
            }
        });

    private static InvalidOperationException NotSelected() =>
        new($"Call {nameof(Select)} on IStateSelection<{typeof(TState).Name}, {typeof(TValue).Name}> before using it.");
}
