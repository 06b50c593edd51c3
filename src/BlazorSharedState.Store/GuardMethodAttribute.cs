namespace BlazorSharedState.Store;

/// <summary>
/// Marks a pure static method <c>GuardResult Check(TState state, TAction action)</c> or
/// <c>GuardResult Check(TState state, TAction action, ActionMeta meta)</c>. Guards run on the
/// loop before any reducer, against the current state; the first rejection wins and the
/// action changes nothing.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class GuardMethodAttribute : Attribute;
