using BlazorSharedState.Store;
using BlazorSharedState.Store.Blazor;
using Microsoft.Extensions.Options;

namespace BlazorSharedState.Web.Identity;

/// <summary>
/// How many new guests each client address may bring in a minute (<see cref="StoreLimits.NewGuestsPerMinute"/>):
/// a token bucket per address.
/// </summary>
internal sealed class GuestArrivals(IOptions<StoreLimits> limits) : IDisposable
{
    /// <summary>What a visitor is told when their address brought too many new guests.</summary>
    public const string TooManyReason = "Too many new visitors from your network just now; try again in a minute.";

    private readonly KeyedTokenBuckets _perAddress =
        new(limits.Value.NewGuestsPerMinute, limits.Value.NewGuestsPerMinute, TimeSpan.FromMinutes(1));

    /// <summary>Counts one new guest from <paramref name="address"/>; false when it has had its share.</summary>
    public bool TryArrive(string address) => _perAddress.TryTake(address);

    public void Dispose() => _perAddress.Dispose();
}
