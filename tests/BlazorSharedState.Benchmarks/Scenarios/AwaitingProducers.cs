using BlazorSharedState.Store;

namespace BlazorSharedState.Benchmarks.Scenarios;

/// <summary>
/// Producers that each await the answer to one <see cref="BenchTally.Tick"/> before sending the
/// next, as circuits awaiting their dispatches do: at most one action per producer is in the
/// store at a time, so the producers' count bounds the store's batches.
/// </summary>
internal static class AwaitingProducers
{
    public static readonly BenchTally.Tick Tick = new();
    public static readonly ActionOrigin Origin = new("bench", null);

    /// <summary>
    /// Runs <paramref name="producers"/> producers until each one's <paramref name="sendAnother"/>
    /// (given how many it has had answered) says stop; returns how many were answered in all.
    /// </summary>
    /// <exception cref="InvalidOperationException">The store rejected an action, so the figure would count refusals.</exception>
    public static async Task<long> RunAsync(SharedStore store, int producers, Func<long, bool> sendAnother)
    {
        var running = new Task<long>[producers];
        for (var p = 0; p < producers; p++)
        {
            running[p] = Task.Run(async () =>
            {
                long answered = 0;
                while (sendAnother(answered))
                {
                    var result = await store.DispatchAsync(Tick, Origin);
                    if (!result.IsAccepted)
                    {
                        throw new InvalidOperationException($"The store rejected a tick: {result.Reason}");
                    }

                    answered++;
                }

                return answered;
            });
        }

        return (await Task.WhenAll(running)).Sum();
    }
}
