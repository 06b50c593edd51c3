namespace BlazorSharedState.Store.Blazor.Admission;

/// <summary>
/// Whether this circuit was let in. A circuit past <see cref="StoreLimits.CircuitsPerUser"/> or
/// <see cref="StoreLimits.CircuitsPerAddress"/> stays connected only to say why: the app shows
/// <see cref="RefusedReason"/> instead of its pages, and its dispatcher refuses every action.
/// </summary>
public sealed class CircuitAdmission
{
    /// <summary>Why the circuit was turned away; null when it was let in (or hasn't opened yet).</summary>
    public string? RefusedReason { get; private set; }

    /// <summary>Whether the circuit was turned away.</summary>
    public bool IsRefused => RefusedReason is not null;

    /// <summary>Turns the circuit away for <paramref name="reason"/>; called when it opens.</summary>
    public void Refuse(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        RefusedReason = reason;
    }
}
