namespace BlazorSharedState.Store.Blazor;

/// <summary>
/// Something a component can watch. <see cref="StateChanged"/> is raised on the store's loop,
/// never on a circuit's context: marshal with <c>InvokeAsync</c> (the component base does).
/// </summary>
public interface IStateChangedNotifier
{
    /// <summary>Raised after the watched state changed.</summary>
    event EventHandler? StateChanged;
}
