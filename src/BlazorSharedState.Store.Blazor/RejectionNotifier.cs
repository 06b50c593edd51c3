namespace BlazorSharedState.Store.Blazor;

/// <summary>
/// Tells one circuit about its own rejected actions (scoped: other circuits never hear them).
/// <see cref="Rejected"/> is raised off the circuit's context: marshal with <c>InvokeAsync</c>.
/// </summary>
public sealed class RejectionNotifier
{
    /// <summary>Raised once per rejected action dispatched from this circuit.</summary>
    public event Action<ActionRejection>? Rejected;

    internal void Notify(object action, string reason) => Rejected?.Invoke(new ActionRejection(action, reason));
}
