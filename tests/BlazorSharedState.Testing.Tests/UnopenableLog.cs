using BlazorSharedState.Store;

namespace BlazorSharedState.Testing.Tests;

/// <summary>An action log that can't be opened, and remembers whether its container let it go.</summary>
public sealed class UnopenableLog : IActionLog, IAsyncDisposable
{
    public bool Disposed { get; private set; }

    public Task<ActionLogHead> OpenAsync(CancellationToken cancellationToken) => throw new InvalidOperationException("The disk is gone.");

    public ValueTask<IReadOnlyList<LoggedAction>> AppendAsync(IReadOnlyList<LoggedAction> batch, CancellationToken cancellationToken) => throw new NotSupportedException();

    public IAsyncEnumerable<LoggedAction> ReadAsync(long afterSequence, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<StoreSnapshot?> ReadSnapshotAsync(long sequence, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task WriteSnapshotAsync(StoreSnapshot snapshot, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task CheckWritableAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public ValueTask DisposeAsync()
    {
        Disposed = true;
        return ValueTask.CompletedTask;
    }
}
