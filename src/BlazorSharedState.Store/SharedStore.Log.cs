using System.Threading.Channels;
using BlazorSharedState.Store.Internal;

namespace BlazorSharedState.Store;

/// <summary>The store and its log: recovery on start, group commit on the loop, snapshots in the background.</summary>
public sealed partial class SharedStore
{
    /// <summary>
    /// The most actions one append takes. Under load the queue fills while a batch is written,
    /// so the next append takes everything that arrived meanwhile: one transaction for many actions.
    /// </summary>
    private const int MaxBatch = 4096;

    private readonly List<PendingAction> _batch = new(MaxBatch);
    private readonly List<LoggedAction> _stampedBatch = new(MaxBatch);

    // One pending snapshot at most: a newer one replaces an older one the writer hasn't reached.
    private readonly Channel<StoreSnapshot> _snapshots = Channel.CreateBounded<StoreSnapshot>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true, SingleWriter = true });

    private Task _snapshotWriter = Task.CompletedTask;
    private long _snapshotSequence;
    private bool _stopped;
    private volatile string? _logProblem;

    /// <summary>Whether the loop takes actions: started, and neither stopped nor ended.</summary>
    public bool IsRunning => _loop is { IsCompleted: false } && !_stopped && _halted is null;

    /// <summary>Why the store stopped applying its log, or why the last append to it or read of it failed; null when all is well.</summary>
    public string? LogProblem => _halted ?? _logProblem;

    /// <summary>Throws when the store's log can't be written now.</summary>
    public Task CheckLogWritableAsync(CancellationToken cancellationToken) => _log.CheckWritableAsync(cancellationToken);

    /// <summary>Every feature's state now, by logged name, at <see cref="Sequence"/>; only consistent on the loop.</summary>
    private StoreSnapshot Capture(DateTimeOffset time) =>
        new(_sequence, time, _features.ToDictionary(f => f.Descriptor.Name, f => f.State, StringComparer.Ordinal));

    private async Task RecoverAsync(CancellationToken cancellationToken)
    {
        var head = await _log.OpenAsync(cancellationToken);
        var snapshot = await _log.ReadSnapshotAsync(long.MaxValue, cancellationToken);
        if (snapshot is not null)
        {
            Restore(snapshot);
        }

        await foreach (var entry in _log.ReadAsync(_sequence, cancellationToken))
        {
            if (entry.Meta.Sequence != _sequence + 1)
            {
                throw new ActionLogUnreadableException(
                    _sequence + 1, _codec.NameOf(entry.Action.GetType()) ?? entry.Action.GetType().Name,
                    $"the log jumps from {_sequence} to {entry.Meta.Sequence}; actions are missing");
            }

            Apply(entry, completion: null, ApplyMode.Replay);
        }

        if (_sequence < head.Sequence)
        {
            throw new ActionLogUnreadableException(_sequence + 1, "(missing)", $"the log ends at {head.Sequence}, but its actions stop at {_sequence}");
        }

        _stamped = _sequence;
        _lastTime = head.Time;
        StoreLog.Recovered(_logger, snapshot?.Sequence ?? 0, _sequence - (snapshot?.Sequence ?? 0), _sequence);
        if (_sequence > 0)
        {
            // An earlier run's connections are gone; reducers drop its presence and typing.
            _batch.Add(new PendingAction(new ServerStarted(SharedLog: _shared is not null), ActionOrigin.Server, null));
            await AppendAndApplyBatchAsync();
        }
    }

    private void Restore(StoreSnapshot snapshot)
    {
        foreach (var slot in _features)
        {
            if (snapshot.States.TryGetValue(slot.Descriptor.Name, out var state))
            {
                slot.Set(state);
                _reduction.States[slot.Index] = state;
            }
        }

        _sequence = snapshot.Sequence;
        _snapshotSequence = snapshot.Sequence;
    }

    /// <summary>
    /// Stamps the drained batch, appends it to the log in one go, then applies each action.
    /// Nothing is answered or visible before the whole batch is durable; if the append fails,
    /// nothing of it is applied and every awaiting dispatcher is told so.
    /// </summary>
    private async Task AppendAndApplyBatchAsync()
    {
        try
        {
            if (await RefusalBeforeAppendAsync() is { } refusal)
            {
                Refuse(_batch, refusal);
                return;
            }

            await AppendAndApplyAsync();
        }
        catch
        {
            // Whatever broke the loop here, nobody of this batch is left waiting.
            Refuse(_batch, HaltedReason);
            throw;
        }
        finally
        {
            _batch.Clear();
            _stampedBatch.Clear();
        }
    }

    private async Task AppendAndApplyAsync()
    {
        var lastTime = _lastTime;
        foreach (var pending in _batch)
        {
            _stampedBatch.Add(new LoggedAction(pending.Action, Stamp(pending.Origin)));
        }

        IReadOnlyList<LoggedAction> logged;
        try
        {
            logged = _shared is null
                ? await _log.AppendAsync(_stampedBatch, CancellationToken.None)
                : await _shared.AppendAfterAsync(_sequence, _stampedBatch, CancellationToken.None);
            _logProblem = null;
        }
#pragma warning disable CA1031 // A failing log refuses this batch; the loop goes on and retries with the next.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            StoreLog.AppendFailed(_logger, exception, _batch.Count, _stamped - _batch.Count + 1);
            _logProblem = $"The action log can't be written: {exception.Message}";
            _stamped = _sequence;
            _lastTime = lastTime;
            if (_shared is not null && exception is not ActionLogUnavailableException)
            {
                // The batch may be in the shared log though the answer was lost: settled by the next read.
                Unresolved(_stampedBatch, _batch);
                return;
            }

            Refuse(_batch, exception is ActionLogUnavailableException ? ActionLogUnavailableException.Reason : NotSavedReason);
            return;
        }

        // A shared log may answer with other servers' actions first; the batch is the tail.
        var others = logged.Count - _batch.Count;
        for (var i = 0; i < others && _halted is null; i++)
        {
            ApplyFromLog(logged[i]);
        }

        if (_halted is not null)
        {
            Refuse(_batch, HaltedReason);
            return;
        }

        if (!await ApplyOthersBeforeAsync(logged[others].Meta.Sequence))
        {
            // Logged, but what comes before it can't be read yet: applied once it can.
            Unresolved([.. logged.Skip(others)], _batch);
            return;
        }

        for (var i = 0; i < _batch.Count; i++)
        {
            Apply(logged[others + i], _batch[i].Completion, ApplyMode.MineInBatch);
        }

        PublishBatch();

        _stamped = _sequence;
        _lastTime = logged[^1].Meta.Time > _lastTime ? logged[^1].Meta.Time : _lastTime;
        SnapshotIfDue();
    }

    private static void Refuse(List<PendingAction> batch, string reason)
    {
        foreach (var pending in batch)
        {
            pending.Completion?.TrySetResult(DispatchResult.Rejected(reason));
        }
    }

    private void SnapshotIfDue()
    {
        if (_sequence - _snapshotSequence >= _logOptions.SnapshotEvery)
        {
            _snapshotSequence = _sequence;
            _snapshots.Writer.TryWrite(Capture(_lastTime));
        }
    }

    private async Task WriteSnapshotsAsync()
    {
        await foreach (var snapshot in _snapshots.Reader.ReadAllAsync())
        {
            await WriteSnapshotAsync(snapshot);
        }
    }

    /// <summary>After the loop has drained: lets the writer finish, then snapshots the final state.</summary>
    private async Task StopSnapshotsAsync()
    {
        _snapshots.Writer.TryComplete();
        await _snapshotWriter;
        if (_sequence > _snapshotSequence && _logProblem is null)
        {
            _snapshotSequence = _sequence;
            await WriteSnapshotAsync(Capture(_lastTime));
        }
    }

    private async Task WriteSnapshotAsync(StoreSnapshot snapshot)
    {
        try
        {
            await _log.WriteSnapshotAsync(snapshot, CancellationToken.None);
            StoreLog.SnapshotWritten(_logger, snapshot.Sequence);
        }
#pragma warning disable CA1031 // A missed snapshot only makes the next start replay more; the log still has every action.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            StoreLog.SnapshotFailed(_logger, exception, snapshot.Sequence);
        }
    }
}
