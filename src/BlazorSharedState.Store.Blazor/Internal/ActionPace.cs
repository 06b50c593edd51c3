using System.Threading.RateLimiting;
using BlazorSharedState.Store;
using Microsoft.Extensions.Options;

namespace BlazorSharedState.Store.Blazor.Internal;

/// <summary>
/// How fast each browser tab may act: a token bucket per circuit, refilled at
/// <see cref="StoreLimits.ActionsPerSecond"/> up to <see cref="StoreLimits.ActionBurst"/>. One
/// partitioned limiter serves every circuit, so one timer refills them all and a quiet tab's
/// bucket is let go.
/// </summary>
internal sealed class ActionPace(IOptions<StoreLimits> limits) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _perCircuit = PartitionedRateLimiter.Create<string, string>(circuit =>
        RateLimitPartition.GetTokenBucketLimiter(circuit, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = limits.Value.ActionBurst,
            TokensPerPeriod = limits.Value.ActionsPerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    /// <summary>Takes one action's token from <paramref name="circuitId"/>'s bucket; false when it is empty.</summary>
    public bool TryTake(string circuitId)
    {
        using var lease = _perCircuit.AttemptAcquire(circuitId);
        return lease.IsAcquired;
    }

    public void Dispose() => _perCircuit.Dispose();
}
