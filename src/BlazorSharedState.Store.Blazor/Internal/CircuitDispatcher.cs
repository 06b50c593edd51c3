using BlazorSharedState.Store;

namespace BlazorSharedState.Store.Blazor.Internal;

/// <summary>
/// The circuit's dispatcher: stamps the circuit's identity (never the payload's) and reports
/// rejections to this circuit only.
/// </summary>
internal sealed class CircuitDispatcher(SharedStore store, CircuitIdentity identity, RejectionNotifier rejections, CircuitTimeline timeline)
    : IDispatcher
{
    public void Dispatch(object action) => _ = DispatchAsync(action);

    public async Task<DispatchResult> DispatchAsync(object action, CancellationToken cancellationToken = default)
    {
        // A tab looking at the past is read-only: nothing it does reaches the live store.
        var result = timeline.IsReadOnly
            ? DispatchResult.Rejected(CircuitTimeline.ReadOnlyReason)
            : await store.DispatchAsync(action, identity.Origin, cancellationToken);
        if (!result.IsAccepted)
        {
            rejections.Notify(action, result.Reason!);
        }

        return result;
    }
}
