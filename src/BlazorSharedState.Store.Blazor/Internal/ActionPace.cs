using BlazorSharedState.Store;
using Microsoft.Extensions.Options;

namespace BlazorSharedState.Store.Blazor.Internal;

/// <summary>
/// How fast each browser tab, and all tabs from one client address together, may act: token
/// buckets refilled at <see cref="StoreLimits.ActionsPerSecond"/> up to <see cref="StoreLimits.ActionBurst"/>
/// per tab, and at <see cref="StoreLimits.AddressActionsPerSecond"/> up to
/// <see cref="StoreLimits.AddressActionBurst"/> per address, so opening more tabs doesn't buy more pace.
/// </summary>
internal sealed class ActionPace(IOptions<StoreLimits> limits) : IDisposable
{
    private readonly KeyedTokenBuckets _perCircuit =
        new(limits.Value.ActionBurst, limits.Value.ActionsPerSecond, TimeSpan.FromSeconds(1));

    private readonly KeyedTokenBuckets _perAddress =
        new(limits.Value.AddressActionBurst, limits.Value.AddressActionsPerSecond, TimeSpan.FromSeconds(1));

    /// <summary>Takes one action's tokens for the tab and its address; the reason to refuse when either has none left.</summary>
    public string? Refusal(string circuitKey, string? address) =>
        !_perCircuit.TryTake(circuitKey) ? StoreLimits.TooFastReason
        : address is not null && !_perAddress.TryTake(address) ? StoreLimits.NetworkTooFastReason
        : null;

    public void Dispose()
    {
        _perCircuit.Dispose();
        _perAddress.Dispose();
    }
}
