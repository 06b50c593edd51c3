using System.Collections.Concurrent;

namespace BlazorSharedState.Store.Tests.Fixtures;

/// <summary>
/// An in-memory log that misbehaves on demand: appends fail while <see cref="Failing"/> is set,
/// as a full disk would; wait while <see cref="Held"/> is, as a stalled disk would; answer with
/// nothing when <see cref="AnswersNothing"/> is, as a buggy log would. It remembers every action
/// it was asked to append, refused ones included, as a shared log may have kept them.
/// </summary>
public sealed class FlakyLog(IActionLog inner) : IActionLog
{
    /// <summary>The meta of every action offered to the log, in order, whether the append succeeded or not.</summary>
    public ConcurrentQueue<ActionMeta> Offered { get; } = new();

    public bool Failing { get; set; }

    public bool AnswersNothing { get; set; }

    /// <summary>Appends wait until this completes; null: they don't wait.</summary>
    public TaskCompletionSource? Held { get; set; }

    public Task<ActionLogHead> OpenAsync(CancellationToken cancellationToken) => inner.OpenAsync(cancellationToken);

    public async ValueTask<IReadOnlyList<LoggedAction>> AppendAsync(IReadOnlyList<LoggedAction> batch, CancellationToken cancellationToken)
    {
        foreach (var action in batch)
        {
            Offered.Enqueue(action.Meta);
        }

        if (Held is { } held)
        {
            await held.Task;
        }

        if (Failing)
        {
            throw new IOException("No space left on device");
        }

        var logged = await inner.AppendAsync(batch, cancellationToken);
        return AnswersNothing ? [] : logged;
    }

    public IAsyncEnumerable<LoggedAction> ReadAsync(long afterSequence, CancellationToken cancellationToken) =>
        inner.ReadAsync(afterSequence, cancellationToken);

    public Task<StoreSnapshot?> ReadSnapshotAsync(long sequence, CancellationToken cancellationToken) =>
        inner.ReadSnapshotAsync(sequence, cancellationToken);

    public Task WriteSnapshotAsync(StoreSnapshot snapshot, CancellationToken cancellationToken) =>
        inner.WriteSnapshotAsync(snapshot, cancellationToken);

    public Task CheckWritableAsync(CancellationToken cancellationToken) =>
        Failing ? throw new IOException("No space left on device") : Task.CompletedTask;
}
