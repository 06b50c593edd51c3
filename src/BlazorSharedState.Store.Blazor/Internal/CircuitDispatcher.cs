using BlazorSharedState.Store;

namespace BlazorSharedState.Store.Blazor.Internal;

/// <summary>
/// The circuit's dispatcher: stamps the circuit's identity (never the payload's), holds the tab to
/// a fair pace before anything reaches the store's queue, and reports rejections to this circuit only.
/// </summary>
internal sealed class CircuitDispatcher(SharedStore store, CircuitIdentity identity, RejectionNotifier rejections, CircuitTimeline timeline, ActionPace pace)
    : IDispatcher
{
    /// <summary>What a person is told when their tab acts faster than <see cref="StoreLimits.ActionsPerSecond"/>.</summary>
    public const string TooFastReason = "That's faster than anyone clicks; wait a moment and try again.";

    public void Dispatch(object action) => _ = DispatchAsync(action);

    public async Task<DispatchResult> DispatchAsync(object action, CancellationToken cancellationToken = default)
    {
        // A tab looking at the past is read-only: nothing it does reaches the live store.
        var result = timeline.IsReadOnly ? DispatchResult.Rejected(CircuitTimeline.ReadOnlyReason)
            : !pace.TryTake(identity.Origin.CircuitId ?? identity.Origin.UserId) ? DispatchResult.Rejected(TooFastReason)
            : await store.DispatchAsync(action, identity.Origin, cancellationToken);
        if (!result.IsAccepted)
        {
            rejections.Notify(action, result.Reason!);
        }

        return result;
    }
}
