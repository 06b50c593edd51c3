using BlazorSharedState.Store.Internal;

namespace BlazorSharedState.Store;

/// <summary>
/// The store on a log that several servers share: it reads the others' actions in order and
/// applies them like its own, settles its own batches whose answer from the log was lost, and
/// stops applying, rather than reduce past a hole, when the log is out of step with it.
/// </summary>
public sealed partial class SharedStore
{
    private const string HaltedReason = "The server has stopped taking changes; try again later.";

    // A poke from the log travels through the queue, so only the loop ever reads the log.
    private static readonly object CatchUpMarker = new();

    private readonly ISharedActionLog? _shared;

    // This server's actions that may be in the shared log, by id, with whoever awaits them:
    // the append's answer was lost, or what comes before them couldn't be read yet.
    private readonly Dictionary<Guid, TaskCompletionSource<DispatchResult>?> _unresolved = [];
    private int _catchUpRequested;
    private bool _catchUpDue;
    private volatile string? _halted;

    /// <summary>Why the store stopped applying its shared log, or null while it applies it.</summary>
    public string? HaltedProblem => _halted;

    /// <summary>Actions of this server whose place in the shared log isn't settled yet.</summary>
    public int UnresolvedCount => _unresolved.Count;

    private void RequestCatchUp()
    {
        if (Interlocked.Exchange(ref _catchUpRequested, 1) == 0
            && !Enqueue(new PendingAction(CatchUpMarker, ActionOrigin.Server, null)))
        {
            Volatile.Write(ref _catchUpRequested, 0);
        }
    }

    /// <summary>Why a drained batch can't be appended now, or null when it can.</summary>
    private async ValueTask<string?> RefusalBeforeAppendAsync()
    {
        if (_halted is not null)
        {
            return HaltedReason;
        }

        // After a failure, nothing new goes out before the log is read again and the batch in doubt is settled.
        var settled = _shared is null || (_unresolved.Count == 0 && _logProblem is null) || await CatchUpAsync();
        return settled ? null : ActionLogUnavailableException.Reason;
    }

    /// <summary>Reads and applies everything the shared log holds after this server's sequence.</summary>
    private async Task<bool> CatchUpAsync()
    {
        Volatile.Write(ref _catchUpRequested, 0);
        if (!await ApplyLoggedAsync(before: long.MaxValue))
        {
            return false;
        }

        // Read to the end after the failed append: whatever of it isn't there never got in.
        foreach (var completion in _unresolved.Values)
        {
            completion?.TrySetResult(DispatchResult.Rejected(NotSavedReason));
        }

        _unresolved.Clear();
        _logProblem = null;
        SnapshotIfDue();
        return true;
    }

    /// <summary>Applies the other servers' actions logged before this server's batch at <paramref name="first"/>.</summary>
    private async Task<bool> ApplyOthersBeforeAsync(long first)
    {
        if (first == _sequence + 1)
        {
            return true;
        }

        if (first <= _sequence)
        {
            Halt($"The log gave sequence {first} to a new batch, but this server has applied up to {_sequence}: the log lost actions or was replaced.");
            return false;
        }

        if (!await ApplyLoggedAsync(before: first))
        {
            return false;
        }

        if (_sequence != first - 1)
        {
            Halt($"The log gave sequence {first} to a new batch, but its actions stop at {_sequence}: actions are missing.");
            return false;
        }

        return true;
    }

    /// <summary>Applies logged actions after this server's sequence and before <paramref name="before"/>; false when it couldn't.</summary>
    private async Task<bool> ApplyLoggedAsync(long before)
    {
        try
        {
            await foreach (var entry in _log.ReadAsync(_sequence, CancellationToken.None))
            {
                if (entry.Meta.Sequence >= before)
                {
                    break;
                }

                if (!ApplyFromLog(entry))
                {
                    return false;
                }
            }

            return _halted is null;
        }
#pragma warning disable CA1031 // An unreadable shared log leaves this server where it is until the next read.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            StoreLog.ReadFailed(_logger, exception, _sequence);
            _logProblem = $"The action log can't be read: {exception.Message}";
            return false;
        }
    }

    /// <summary>
    /// Applies an action read from the shared log: another server's, or one of this server's
    /// own whose place wasn't settled (then its dispatcher is answered and its effects run here).
    /// </summary>
    private bool ApplyFromLog(LoggedAction entry)
    {
        if (entry.Meta.Sequence != _sequence + 1)
        {
            Halt($"After sequence {_sequence} the log has {entry.Meta.Sequence}: actions are missing or out of order.");
            return false;
        }

        TaskCompletionSource<DispatchResult>? completion = null;
        var mine = entry.Meta.Server == _logOptions.ServerName && _unresolved.Remove(entry.Meta.Id, out completion);
        Apply(entry, completion, mine ? ApplyMode.Mine : ApplyMode.Theirs);
        _stamped = _sequence;
        _lastTime = entry.Meta.Time > _lastTime ? entry.Meta.Time : _lastTime;
        return true;
    }

    private void Unresolved(List<LoggedAction> entries, List<PendingAction> batch)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            _unresolved[entries[i].Meta.Id] = batch[i].Completion;
        }
    }

    /// <summary>Stops applying for good: reducing past a hole would make this server's state differ from everyone's.</summary>
    private void Halt(string problem)
    {
        _halted = problem;
        StoreLog.Halted(_logger, problem);
        foreach (var completion in _unresolved.Values)
        {
            completion?.TrySetResult(DispatchResult.Rejected(HaltedReason));
        }

        _unresolved.Clear();
    }
}
