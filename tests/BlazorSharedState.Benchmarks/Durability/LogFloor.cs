using System.Diagnostics;
using BlazorSharedState.Benchmarks.Scenarios;
using BlazorSharedState.Store;
using BlazorSharedState.Store.Sqlite;

namespace BlazorSharedState.Benchmarks.Durability;

/// <summary>
/// The floor under S8: the same <see cref="SqliteActionLog"/> appending the same tally rows
/// (same schema, same codec), stamped beforehand, in batches of a given mean size, with no
/// store, queue or producer around it. What the store adds is the rest.
/// </summary>
internal sealed class LogFloor
{
    private readonly List<LoggedAction[]> _batches;
    private readonly int _actions;
    private int _runs;

    /// <summary>Stamps <paramref name="actions"/> ticks and cuts them into batches averaging <paramref name="meanBatch"/>.</summary>
    public LogFloor(int actions, double meanBatch)
    {
        _actions = actions;
        MeanBatch = meanBatch;
        var time = DateTimeOffset.UtcNow;
        var origin = AwaitingProducers.Origin;
        var all = new LoggedAction[actions];
        for (var i = 0; i < actions; i++)
        {
            all[i] = new LoggedAction(AwaitingProducers.Tick, new ActionMeta(i + 1, Guid.CreateVersion7(time), time, origin.UserId, origin.CircuitId));
        }

        // Cut at round(k × mean), so the batches average the mean itself, not its rounding.
        _batches = [];
        for (int k = 1, start = 0; start < actions; k++)
        {
            var end = Math.Clamp((int)Math.Round(k * meanBatch), start + 1, actions);
            _batches.Add(all[start..end]);
            start = end;
        }
    }

    public double MeanBatch { get; }

    /// <summary>Appends every batch to a fresh log file in <paramref name="folder"/>; returns actions per second.</summary>
    public async Task<double> RunAsync(ScratchFolder folder, SqliteSynchronous synchronous)
    {
        var path = folder.FileFor($"floor-{synchronous}-{_batches.Count}-{++_runs}.db");
        // Never started: the container only builds the log with the codec the store would have.
        await using var host = new StoreHost(TallyStore.Scan, SqliteLogs.At(path, synchronous));
        var log = host.GetRequiredService<IActionLog>();
        await log.OpenAsync(CancellationToken.None);
        var clock = Stopwatch.StartNew();
        foreach (var batch in _batches)
        {
            await log.AppendAsync(batch, CancellationToken.None);
        }

        return _actions / clock.Elapsed.TotalSeconds;
    }
}
