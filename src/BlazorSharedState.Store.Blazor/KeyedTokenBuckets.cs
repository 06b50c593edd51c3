using System.Threading.RateLimiting;

namespace BlazorSharedState.Store.Blazor;

/// <summary>
/// A token bucket per key (a tab, a client address): <c>burst</c> tokens at most, refilled by
/// <c>perPeriod</c> every <c>period</c>. One partitioned limiter serves every key, so one timer
/// refills them all and a quiet key's bucket is let go.
/// </summary>
public sealed class KeyedTokenBuckets(int burst, int perPeriod, TimeSpan period) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _buckets = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = burst,
            TokensPerPeriod = perPeriod,
            ReplenishmentPeriod = period,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    /// <summary>Takes one token from <paramref name="key"/>'s bucket; false when it is empty.</summary>
    public bool TryTake(string key)
    {
        using var lease = _buckets.AttemptAcquire(key);
        return lease.IsAcquired;
    }

    /// <inheritdoc />
    public void Dispose() => _buckets.Dispose();
}
