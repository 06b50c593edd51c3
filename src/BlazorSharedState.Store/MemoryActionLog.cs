using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;

namespace BlazorSharedState.Store;

/// <summary>
/// The action log in the process's memory: nothing survives a restart. For tests and demos
/// (<c>SharedState:Log=Memory</c>). Keeps the recent history by reference: at most
/// <see cref="MaxActions"/> actions (fewer if the retention settings say so) and the snapshots
/// among them. Each kept action is memory the garbage collector walks, and nothing kept here
/// outlives the process, so the recent past is all it holds.
/// </summary>
public sealed class MemoryActionLog(IOptions<ActionLogOptions> options, TimeProvider time) : IActionLog
{
    /// <summary>The most actions the in-memory log keeps.</summary>
    public const int MaxActions = 20_000;

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
        // No restart ever recovers from memory, so the snapshots set no floor here.
        var floor = Math.Max(tooOld, _head.Sequence - Math.Min(_options.RetainActions, MaxActions));
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
