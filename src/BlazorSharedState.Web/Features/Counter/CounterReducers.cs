using BlazorSharedState.Store;

namespace BlazorSharedState.Web.Features.Counter;

/// <summary>How counter actions change the count.</summary>
public static class CounterReducers
{
    [ReducerMethod]
    public static CounterState Increment(CounterState state, IncrementCounter action, ActionMeta meta) =>
        Changed(state, state.Value + 1, meta);

    [ReducerMethod]
    public static CounterState Decrement(CounterState state, DecrementCounter action, ActionMeta meta) =>
        Changed(state, state.Value - 1, meta);

    [ReducerMethod]
    public static CounterState Reset(CounterState state, ResetCounter action, ActionMeta meta) =>
        state.Value == 0 ? state : Changed(state, 0, meta);

    private static CounterState Changed(CounterState state, int value, ActionMeta meta) =>
        state with { Value = value, LastChange = new CounterChange(meta.UserId, meta.Time, meta.Sequence) };
}
