namespace BlazorSharedState.Store.Blazor;

/// <summary>
/// Something a component can watch. <see cref="StateChanged"/> is raised on the store's loop,
/// never on a circuit's context: marshal with <c>InvokeAsync</c> (the component base does).
/// The store is watched while a handler is attached: the last one removed ends the subscription
/// (the component base removes its own when the component is disposed).
/// </summary>
public interface IStateChangedNotifier
{
    /// <summary>Raised after the watched state changed.</summary>
    event EventHandler? StateChanged;
}
