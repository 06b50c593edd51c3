namespace BlazorSharedState.Store.Tests.Fixtures;

/// <summary>An in-memory log whose appends fail while <see cref="Failing"/> is set, as a full disk would.</summary>
public sealed class FlakyLog(IActionLog inner) : IActionLog
{
    public bool Failing { get; set; }

    public Task<ActionLogHead> OpenAsync(CancellationToken cancellationToken) => inner.OpenAsync(cancellationToken);

    public ValueTask<IReadOnlyList<LoggedAction>> AppendAsync(IReadOnlyList<LoggedAction> batch, CancellationToken cancellationToken) =>
        Failing ? throw new IOException("No space left on device") : inner.AppendAsync(batch, cancellationToken);

    public IAsyncEnumerable<LoggedAction> ReadAsync(long afterSequence, CancellationToken cancellationToken) =>
        inner.ReadAsync(afterSequence, cancellationToken);

    public Task<StoreSnapshot?> ReadSnapshotAsync(long sequence, CancellationToken cancellationToken) =>
        inner.ReadSnapshotAsync(sequence, cancellationToken);

    public Task WriteSnapshotAsync(StoreSnapshot snapshot, CancellationToken cancellationToken) =>
        inner.WriteSnapshotAsync(snapshot, cancellationToken);

    public Task CheckWritableAsync(CancellationToken cancellationToken) =>
        Failing ? throw new IOException("No space left on device") : Task.CompletedTask;
}
