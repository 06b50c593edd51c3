using BlazorSharedState.Store.Internal;
using Microsoft.Extensions.Logging.Abstractions;

namespace BlazorSharedState.Store;

/// <summary>
/// Reading the past: a side copy rebuilt from the nearest snapshot and the log after it, on the
/// caller's task, never on the loop and never written back to the live state.
/// </summary>
public sealed partial class SharedStore
{
    private readonly SubscriberList<HistoryEntry> _historySubscribers;

    // One replay at a time, however many tabs scrub through history: the past takes at most one
    // core's worth of work and allocation, and the loop and the circuits' renders keep the rest.
    private readonly SemaphoreSlim _replays = new(1, 1);

    /// <summary>
    /// Calls <paramref name="onApplied"/> on the store's loop after every applied action, rejected
    /// ones included, with its outcome. Same rules as <see cref="Subscribe{TState}"/>.
    /// </summary>
    public IDisposable SubscribeToHistory(Action<HistoryEntry> onApplied)
    {
        ArgumentNullException.ThrowIfNull(onApplied);
        return _historySubscribers.Add(onApplied);
    }

    /// <summary>Every feature's state right after action <paramref name="sequence"/> (0: before the first).</summary>
    /// <exception cref="HistoryUnavailableException">That moment is ahead of the live store, or older than the log keeps.</exception>
    public Task<StoreView> ViewAtAsync(long sequence, CancellationToken cancellationToken = default) =>
        Task.Run(
            async () =>
            {
                var reduction = await ReplayAsync(sequence, sequence + 1, onEntry: null, cancellationToken);
                return new StoreView(sequence, reduction.States, type => SlotFor(type).Index);
            },
            cancellationToken);

    /// <summary>The logged actions from <paramref name="fromSequence"/> through <paramref name="toSequence"/>, oldest first, with their outcomes.</summary>
    /// <exception cref="HistoryUnavailableException">Part of the range is older than the log keeps.</exception>
    public Task<IReadOnlyList<HistoryEntry>> ReadHistoryAsync(long fromSequence, long toSequence, CancellationToken cancellationToken = default) =>
        Task.Run(
            async () =>
            {
                var entries = new List<HistoryEntry>();
                await ReplayAsync(
                    Math.Min(toSequence, Sequence),
                    Math.Max(1, fromSequence),
                    (logged, rejection) => entries.Add(new HistoryEntry(logged, NameOf(logged), rejection)),
                    cancellationToken);
                return (IReadOnlyList<HistoryEntry>)entries;
            },
            cancellationToken);

    private string NameOf(LoggedAction logged) => _codec.NameOf(logged.Action.GetType()) ?? logged.Action.GetType().Name;

    private void PublishHistory(LoggedAction logged, string? rejection)
    {
        if (!_historySubscribers.IsEmpty)
        {
            _historySubscribers.Publish(new HistoryEntry(logged, NameOf(logged), rejection), _logger, "history");
        }
    }

    /// <summary>
    /// Replays a side copy through <paramref name="through"/> from the nearest snapshot before
    /// <paramref name="collectFrom"/>, telling <paramref name="onEntry"/> each action from there on.
    /// </summary>
    private async Task<Reduction> ReplayAsync(
        long through, long collectFrom, Action<LoggedAction, string?>? onEntry, CancellationToken cancellationToken)
    {
        if (through > Sequence || through < 0)
        {
            throw new HistoryUnavailableException($"There is no action {through} yet; the log is at {Sequence}.");
        }

        await _replays.WaitAsync(cancellationToken);
        try
        {
            return await ReplayOneAsync(through, collectFrom, onEntry, cancellationToken);
        }
        finally
        {
            _replays.Release();
        }
    }

    private async Task<Reduction> ReplayOneAsync(
        long through, long collectFrom, Action<LoggedAction, string?>? onEntry, CancellationToken cancellationToken)
    {
        var snapshot = await _log.ReadSnapshotAsync(Math.Min(through, collectFrom - 1), cancellationToken);
        object[] states = [.. _features.Select(f => snapshot?.States.GetValueOrDefault(f.Descriptor.Name) ?? f.Descriptor.CreateInitialState())];
        // Failures were logged when they happened; replaying them again is not news.
        var reduction = new Reduction(_definition, states, NullLogger.Instance);
        var at = snapshot?.Sequence ?? 0;
        await foreach (var logged in _log.ReadAsync(at, cancellationToken))
        {
            var sequence = logged.Meta.Sequence;
            if (sequence > through)
            {
                break;
            }

            if (sequence != at + 1)
            {
                throw new HistoryUnavailableException($"The log keeps actions from {sequence} on; the past before that is gone.");
            }

            at = sequence;
            var rejection = reduction.Apply(logged);
            if (sequence >= collectFrom)
            {
                onEntry?.Invoke(logged, rejection);
            }
        }

        return at == through
            ? reduction
            : throw new HistoryUnavailableException($"The log keeps actions up to {at}, not {through}.");
    }
}
