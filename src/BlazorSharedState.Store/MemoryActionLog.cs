using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;

namespace BlazorSharedState.Store;

/// <summary>
/// The action log in the process's memory: nothing survives a restart. For tests and demos
/// (<c>SharedState:Log=Memory</c>). Keeps actions and snapshots by reference, with the same
/// retention as the durable logs, so a long run doesn't grow without bound.
/// </summary>
public sealed class MemoryActionLog(IOptions<ActionLogOptions> options, TimeProvider time) : IActionLog
{
    private readonly ActionLogOptions _options = options.Value;
    private readonly Lock _gate = new();
    private readonly List<StoreSnapshot> _snapshots = [];
    private readonly Queue<LoggedAction> _actions = [];
    private ActionLogHead _head;

    /// <summary>How many actions the log holds now.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _actions.Count;
            }
        }
    }

    /// <inheritdoc />
    public Task<ActionLogHead> OpenAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_head);
        }
    }

    /// <inheritdoc />
    public ValueTask AppendAsync(IReadOnlyList<LoggedAction> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        lock (_gate)
        {
            for (var i = 0; i < batch.Count; i++)
            {
                _actions.Enqueue(batch[i]);
            }

            if (batch.Count > 0)
            {
                _head = new ActionLogHead(batch[^1].Meta.Sequence, batch[^1].Meta.Time);
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<LoggedAction> ReadAsync(long afterSequence, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        LoggedAction[] copy;
        lock (_gate)
        {
            copy = [.. _actions.Where(a => a.Meta.Sequence > afterSequence)];
        }

        foreach (var action in copy)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return action;
        }

        await Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<StoreSnapshot?> ReadLatestSnapshotAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_snapshots.LastOrDefault());
        }
    }

    /// <inheritdoc />
    public Task<StoreSnapshot?> ReadSnapshotAsync(long sequence, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_snapshots.LastOrDefault(s => s.Sequence <= sequence));
        }
    }

    /// <inheritdoc />
    public Task WriteSnapshotAsync(StoreSnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        lock (_gate)
        {
            _snapshots.Add(snapshot);
            Trim();
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task CheckWritableAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Trim()
    {
        // Times grow with sequences, so the too-old actions are a prefix.
        var cutoff = time.GetUtcNow() - _options.RetainAge;
        var tooOld = _actions.TakeWhile(a => a.Meta.Time < cutoff).LastOrDefault()?.Meta.Sequence ?? 0;
        var recoverySnapshot = _snapshots[Math.Max(0, _snapshots.Count - 2)].Sequence;
        var floor = _options.RetentionFloor(_head.Sequence, tooOld, recoverySnapshot);
        while (_actions.TryPeek(out var oldest) && oldest.Meta.Sequence <= floor)
        {
            _actions.Dequeue();
        }

        // The newest snapshot at or before the first action kept is where replays of what remains start.
        var bases = _snapshots.FindLastIndex(s => s.Sequence <= floor);
        if (bases > 0)
        {
            _snapshots.RemoveRange(0, bases);
        }
    }
}
