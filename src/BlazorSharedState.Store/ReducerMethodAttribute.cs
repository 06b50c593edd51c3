namespace BlazorSharedState.Store;

/// <summary>
/// Marks a pure static method <c>TState Reduce(TState state, TAction action)</c> or
/// <c>TState Reduce(TState state, TAction action, ActionMeta meta)</c>. Reducers run once per
/// action, on the store's loop; they must not read clocks, random numbers or I/O.
/// Return the same instance when nothing changes, so no subscriber is woken.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class ReducerMethodAttribute : Attribute;
