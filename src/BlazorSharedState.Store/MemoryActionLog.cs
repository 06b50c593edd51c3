using System.Runtime.CompilerServices;
using BlazorSharedState.Store.Internal;
using Microsoft.Extensions.Options;

namespace BlazorSharedState.Store;

/// <summary>
/// The action log in the process's memory: nothing survives a restart. For tests and demos
/// (<c>SharedState:Log=Memory</c>). Keeps the recent history in a ring: at most
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
    // RetainActions = 0 keeps no history at all: the store's throughput as it was without a log.
    private readonly KeptAction[] _ring = new KeptAction[(int)Math.Clamp(options.Value.RetainActions, 0, MaxActions)];
    private int _first;
    private int _count;
    private ActionLogHead _head;

    /// <summary>How many actions the log holds now.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _count;
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
    public ValueTask<IReadOnlyList<LoggedAction>> AppendAsync(IReadOnlyList<LoggedAction> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        lock (_gate)
        {
            for (var i = 0; i < batch.Count && _ring.Length > 0; i++)
            {
                // A full ring lets its oldest action go for the newest.
                _ring[(_first + _count) % _ring.Length] = KeptAction.Of(batch[i]);
                if (_count < _ring.Length)
                {
                    _count++;
                }
                else
                {
                    _first = (_first + 1) % _ring.Length;
                }
            }

            if (batch.Count > 0)
            {
                _head = new ActionLogHead(batch[^1].Meta.Sequence, batch[^1].Meta.Time);
            }
        }

        return ValueTask.FromResult(batch);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<LoggedAction> ReadAsync(long afterSequence, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        LoggedAction[] copy;
        lock (_gate)
        {
            copy = [.. Kept().Where(a => a.Sequence > afterSequence).Select(a => a.ToLogged())];
        }

        foreach (var action in copy)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return action;
        }

        await Task.CompletedTask;
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

    private IEnumerable<KeptAction> Kept() => Enumerable.Range(0, _count).Select(i => _ring[(_first + i) % _ring.Length]);

    private void Trim()
    {
        // Times grow with sequences, so the too-old actions are a prefix. No restart ever
        // recovers from memory, so the snapshots set no floor here.
        var cutoff = time.GetUtcNow() - _options.RetainAge;
        while (_count > 0 && _ring[_first].Time < cutoff)
        {
            _ring[_first] = default;
            _first = (_first + 1) % _ring.Length;
            _count--;
        }

        // The newest snapshot at or before the first action kept is where replays of what remains start.
        var floor = _count > 0 ? _ring[_first].Sequence - 1 : _head.Sequence;
        var bases = _snapshots.FindLastIndex(s => s.Sequence <= floor);
        if (bases > 0)
        {
            _snapshots.RemoveRange(0, bases);
        }
    }
}
