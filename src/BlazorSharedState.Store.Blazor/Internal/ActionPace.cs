using BlazorSharedState.Store;
using Microsoft.Extensions.Options;

namespace BlazorSharedState.Store.Blazor.Internal;

/// <summary>
/// How fast each browser tab may act: a token bucket per circuit, refilled at
/// <see cref="StoreLimits.ActionsPerSecond"/> up to <see cref="StoreLimits.ActionBurst"/>.
/// </summary>
internal sealed class ActionPace(IOptions<StoreLimits> limits) : IDisposable
{
    private readonly KeyedTokenBuckets _perCircuit =
        new(limits.Value.ActionBurst, limits.Value.ActionsPerSecond, TimeSpan.FromSeconds(1));

    /// <summary>Takes one action's token from <paramref name="circuitId"/>'s bucket; false when it is empty.</summary>
    public bool TryTake(string circuitId) => _perCircuit.TryTake(circuitId);

    public void Dispose() => _perCircuit.Dispose();
}
