namespace BlazorSharedState.Store;

/// <summary>
/// Marks a method <c>Task Handle(TAction action, IDispatcher dispatcher)</c> or
/// <c>Task Handle(TAction action, ActionMeta meta, IDispatcher dispatcher)</c> that runs after
/// the action was accepted, off the store's loop. Instance methods get a fresh instance per
/// call, built from a new service scope, so scoped services are safe to inject.
/// The dispatcher given to an effect dispatches follow-ups on behalf of the same origin.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class EffectMethodAttribute : Attribute;
