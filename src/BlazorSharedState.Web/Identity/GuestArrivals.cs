using System.Threading.RateLimiting;
using BlazorSharedState.Store;
using Microsoft.Extensions.Options;

namespace BlazorSharedState.Web.Identity;

/// <summary>
/// How many new guests each client address may bring in a minute (<see cref="StoreLimits.NewGuestsPerMinute"/>):
/// a token bucket per address, in one partitioned limiter whose single timer refills them all.
/// </summary>
internal sealed class GuestArrivals(IOptions<StoreLimits> limits) : IDisposable
{
    /// <summary>What a visitor is told when their address brought too many new guests.</summary>
    public const string TooManyReason = "Too many new visitors from your network just now; try again in a minute.";

    private readonly PartitionedRateLimiter<string> _perAddress = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetTokenBucketLimiter(address, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = limits.Value.NewGuestsPerMinute,
            TokensPerPeriod = limits.Value.NewGuestsPerMinute,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    /// <summary>Counts one new guest from <paramref name="address"/>; false when it has had its share.</summary>
    public bool TryArrive(string address)
    {
        using var lease = _perAddress.AttemptAcquire(address);
        return lease.IsAcquired;
    }

    public void Dispose() => _perAddress.Dispose();
}
