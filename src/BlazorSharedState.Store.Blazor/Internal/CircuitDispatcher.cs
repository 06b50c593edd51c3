using BlazorSharedState.Store;
using BlazorSharedState.Store.Blazor.Admission;

namespace BlazorSharedState.Store.Blazor.Internal;

/// <summary>
/// The circuit's dispatcher: stamps the circuit's identity (never the payload's), holds the tab and
/// its network to a fair pace before anything reaches the store's queue, and reports rejections to
/// this circuit only.
/// </summary>
internal sealed class CircuitDispatcher(
    SharedStore store,
    CircuitIdentity identity,
    RejectionNotifier rejections,
    CircuitTimeline timeline,
    CircuitAdmission admission,
    ActionPace pace,
    IEnumerable<IActionAdmission> appAdmissions)
    : IDispatcher
{
    private readonly IActionAdmission[] _appAdmissions = [.. appAdmissions];

    public void Dispatch(object action) => _ = DispatchAsync(action);

    public async Task<DispatchResult> DispatchAsync(object action, CancellationToken cancellationToken = default)
    {
        var refusal = admission.RefusedReason
            // A tab looking at the past is read-only: nothing it does reaches the live store.
            ?? (timeline.IsReadOnly ? CircuitTimeline.ReadOnlyReason : null)
            ?? pace.Refusal(identity.Origin.CircuitId ?? identity.Origin.UserId, identity.ClientAddress)
            ?? AppRefusal(action);
        var result = refusal is not null
            ? DispatchResult.Rejected(refusal)
            : await store.DispatchAsync(action, identity.Origin, cancellationToken);
        if (!result.IsAccepted)
        {
            rejections.Notify(action, result.Reason!);
        }

        return result;
    }

    private string? AppRefusal(object action)
    {
        foreach (var admission in _appAdmissions)
        {
            if (admission.Refusal(action, identity) is { } refusal)
            {
                return refusal;
            }
        }

        return null;
    }
}
