namespace BlazorSharedState.Store.Blazor;

/// <summary>Helpers for the selectors given to <see cref="IStateSelection{TState, TValue}.Select"/>.</summary>
public static class Selectors
{
    /// <summary>
    /// A selector that computes its slice only when the parts of the state it reads have changed,
    /// as Redux's reselect does. <paramref name="input"/> picks those parts (compared with their
    /// type's default equality: by reference for immutable collections and records' members);
    /// <paramref name="compute"/> derives the slice from them. The store publishes every change to
    /// every circuit's selections on its loop, so an action that leaves a slice's inputs alone (a
    /// tab arriving, say) costs each circuit one comparison, not a recomputation. The delegate keeps
    /// its last input and result: share one across circuits for a slice that is the same for everyone.
    /// </summary>
    public static Func<TState, TResult> Memoized<TState, TInput, TResult>(Func<TState, TInput> input, Func<TInput, TResult> compute)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(compute);
        Last<TInput, TResult>? last = null;
        return state =>
        {
            var parts = input(state);
            if (Volatile.Read(ref last) is { } memo && EqualityComparer<TInput>.Default.Equals(memo.Input, parts))
            {
                return memo.Result;
            }

            var result = compute(parts);
            Volatile.Write(ref last, new Last<TInput, TResult>(parts, result));
            return result;
        };
    }

    private sealed record Last<TInput, TResult>(TInput Input, TResult Result);
}
