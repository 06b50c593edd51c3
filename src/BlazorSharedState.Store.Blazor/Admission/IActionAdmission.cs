namespace BlazorSharedState.Store.Blazor.Admission;

/// <summary>
/// An app's own check at a circuit's door, before an action reaches the store's queue: what a
/// guard can't judge because it isn't in the log (the client's address, say). Unlike a guard it
/// may differ between servers, so it can only ever refuse, never change what an action does.
/// Register as a singleton; every one registered is asked, in order, after the tab's pace.
/// </summary>
public interface IActionAdmission
{
    /// <summary>Why <paramref name="circuit"/> may not dispatch <paramref name="action"/> now; null to let it through.</summary>
    string? Refusal(object action, CircuitIdentity circuit);
}
