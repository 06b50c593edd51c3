namespace BlazorSharedState.Store.Blazor;

/// <summary>A feature's shared state, as seen by one circuit.</summary>
public interface IState<out TState> : IStateChangedNotifier
    where TState : class
{
    /// <summary>The latest state; reading it is cheap and thread-safe.</summary>
    TState Value { get; }
}
