using StackExchange.Redis;

namespace BlazorSharedState.Store.Redis;

/// <summary>Snapshots in Redis, and trimming the stream behind the ones still kept.</summary>
public sealed partial class RedisActionLog
{
    private const string SnapshotTimeField = "@time";

    /// <inheritdoc />
    public async Task<StoreSnapshot?> ReadSnapshotAsync(long sequence, CancellationToken cancellationToken)
    {
        var kept = await Database.SortedSetRangeByScoreAsync(_keys.Snapshots, double.NegativeInfinity, sequence, order: Order.Descending);
        ActionLogUnreadableException? newestProblem = null;
        foreach (var member in kept)
        {
            var at = (long)member;
            try
            {
                return await ReadSnapshotAtAsync(at);
            }
            catch (ActionLogUnreadableException problem)
            {
                // An older snapshot may still be readable; saying so is not a silent skip.
                RedisLog.SnapshotUnreadable(_logger, problem, at);
                newestProblem ??= problem;
            }
        }

        // With no readable snapshot, the whole history is the only way back; without it, stop.
        if (newestProblem is not null && await FirstSequenceAsync() > 1)
        {
            throw newestProblem;
        }

        return null;
    }

    /// <inheritdoc />
    public async Task WriteSnapshotAsync(StoreSnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var database = Database;
        // Every server reaches the same state at the same sequence: the first to write it wins.
        if (await database.SortedSetScoreAsync(_keys.Snapshots, snapshot.Sequence) is null)
        {
            HashEntry[] fields =
            [
                new(SnapshotTimeField, snapshot.Time.ToUnixTimeMilliseconds()),
                .. snapshot.States.Select(s => new HashEntry(s.Key, _codec.WriteState(s.Key, s.Value))),
            ];
            // The hash first: a snapshot is only found through the sorted set, so it is never seen half written.
            await database.HashSetAsync(_keys.Snapshot(snapshot.Sequence), fields);
            await database.SortedSetAddAsync(_keys.Snapshots, snapshot.Sequence, snapshot.Sequence);
        }

        await TrimAsync(database);
    }

    private async Task<StoreSnapshot> ReadSnapshotAtAsync(long sequence)
    {
        var fields = await Database.HashGetAllAsync(_keys.Snapshot(sequence));
        var states = new Dictionary<string, object>(StringComparer.Ordinal);
        var time = DateTimeOffset.MinValue;
        foreach (var field in fields)
        {
            if (field.Name == SnapshotTimeField)
            {
                time = Time((long)field.Value);
            }
            else
            {
                states[field.Name!] = _codec.ReadState(sequence, field.Name!, field.Value!);
            }
        }

        return new StoreSnapshot(sequence, time, states);
    }

    private async Task<long> FirstSequenceAsync()
    {
        var first = await Database.StreamRangeAsync(_keys.Stream, "-", "+", 1);
        return first.Length == 0 ? 0 : (long)first[0]["seq"];
    }

    /// <summary>
    /// Lets go of the actions that retention no longer keeps, never one the newest two snapshots
    /// need, and of the snapshots before the first action kept but one: the base of what remains.
    /// </summary>
    private async Task TrimAsync(IDatabase database)
    {
        var newest = await database.SortedSetRangeByRankAsync(_keys.Snapshots, 0, 1, Order.Descending);
        var first = await FirstSequenceAsync();
        var last = (long?)await database.HashGetAsync(_keys.Head, "seq") ?? 0;
        if (newest.Length == 0 || first == 0)
        {
            return;
        }

        var recoverySnapshot = newest.Min(m => (long)m);
        var reach = Math.Min(last, first + MaxTrimPerSnapshot - 1);
        var tooOld = await LastOlderThanAsync(database, first, reach, _time.GetUtcNow() - _retention.RetainAge);
        var through = Math.Min(_retention.RetentionFloor(last, tooOld, recoverySnapshot), reach);
        if (through < first)
        {
            return;
        }

        await database.StreamTrimByMinIdAsync(_keys.Stream, RedisKeys.EntryId(through + 1));
        var bases = await database.SortedSetRangeByScoreAsync(_keys.Snapshots, double.NegativeInfinity, through, order: Order.Descending, take: 1);
        if (bases.Length == 1)
        {
            var older = await database.SortedSetRangeByScoreAsync(_keys.Snapshots, double.NegativeInfinity, (long)bases[0], Exclude.Stop);
            foreach (var member in older)
            {
                await database.KeyDeleteAsync(_keys.Snapshot((long)member));
                await database.SortedSetRemoveAsync(_keys.Snapshots, member);
            }
        }

        RedisLog.Trimmed(_logger, through);
    }

    /// <summary>The last sequence in [<paramref name="from"/>, <paramref name="to"/>] logged before <paramref name="cutoff"/> (times grow with sequences), or 0.</summary>
    private async Task<long> LastOlderThanAsync(IDatabase database, long from, long to, DateTimeOffset cutoff)
    {
        var (low, high, found) = (from, to, 0L);
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var entry = await database.StreamRangeAsync(_keys.Stream, RedisKeys.EntryId(middle), "+", 1);
            if (entry.Length == 1 && Time((long)entry[0]["time"]) < cutoff)
            {
                found = (long)entry[0]["seq"];
                low = found + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found;
    }
}
