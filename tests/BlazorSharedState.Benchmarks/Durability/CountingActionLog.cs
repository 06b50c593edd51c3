using System.Diagnostics;
using BlazorSharedState.Store;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorSharedState.Benchmarks.Durability;

/// <summary>
/// Forwards everything to the registered log and counts appends, the actions in them and the
/// time the loop spent in them, so a scenario can tell how large the store's batches really
/// were (the floor is measured with batches of that size) and where the time went. A clock
/// read and a few interlocked adds per batch, nothing per action.
/// </summary>
internal sealed class CountingActionLog(IActionLog inner) : IActionLog, IDisposable
{
    private static readonly long StallTicks = Stopwatch.Frequency / 10;

    private long _appends;
    private long _actions;
    private long _ticks;
    private long _stalls;

    /// <summary>The counts so far.</summary>
    public AppendCounts Counts => new(
        Interlocked.Read(ref _appends), Interlocked.Read(ref _actions),
        Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _ticks)), Interlocked.Read(ref _stalls));

    /// <summary>Replaces the <see cref="IActionLog"/> registered so far with a counting one around it.</summary>
    public static void Decorate(IServiceCollection services)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IActionLog));
        var innerType = registered.ImplementationType
            ?? throw new InvalidOperationException("The registered action log must be a type the container creates.");
        services.Remove(registered);
        services.AddSingleton(sp => new CountingActionLog((IActionLog)ActivatorUtilities.CreateInstance(sp, innerType)));
        services.AddSingleton<IActionLog>(sp => sp.GetRequiredService<CountingActionLog>());
    }

    public Task<ActionLogHead> OpenAsync(CancellationToken cancellationToken) => inner.OpenAsync(cancellationToken);

    public ValueTask<IReadOnlyList<LoggedAction>> AppendAsync(IReadOnlyList<LoggedAction> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var started = Stopwatch.GetTimestamp();
        Interlocked.Increment(ref _appends);
        Interlocked.Add(ref _actions, batch.Count);
        var append = inner.AppendAsync(batch, cancellationToken);
        if (append.IsCompletedSuccessfully)
        {
            Record(started);
            return append;
        }

        return RecordWhenDoneAsync(append, started);
    }

    public IAsyncEnumerable<LoggedAction> ReadAsync(long afterSequence, CancellationToken cancellationToken) =>
        inner.ReadAsync(afterSequence, cancellationToken);

    public Task<StoreSnapshot?> ReadSnapshotAsync(long sequence, CancellationToken cancellationToken) =>
        inner.ReadSnapshotAsync(sequence, cancellationToken);

    public Task WriteSnapshotAsync(StoreSnapshot snapshot, CancellationToken cancellationToken) => inner.WriteSnapshotAsync(snapshot, cancellationToken);

    public Task CheckWritableAsync(CancellationToken cancellationToken) => inner.CheckWritableAsync(cancellationToken);

    // The inner log is the decorator's, not the container's, so closing it is the decorator's job.
    public void Dispose() => (inner as IDisposable)?.Dispose();

    private async ValueTask<IReadOnlyList<LoggedAction>> RecordWhenDoneAsync(ValueTask<IReadOnlyList<LoggedAction>> append, long started)
    {
        try
        {
            return await append;
        }
        finally
        {
            Record(started);
        }
    }

    private void Record(long started)
    {
        var ticks = Stopwatch.GetTimestamp() - started;
        Interlocked.Add(ref _ticks, ticks);
        if (ticks >= StallTicks)
        {
            Interlocked.Increment(ref _stalls);
        }
    }
}
