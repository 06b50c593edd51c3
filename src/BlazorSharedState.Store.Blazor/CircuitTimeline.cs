using BlazorSharedState.Store;

namespace BlazorSharedState.Store.Blazor;

/// <summary>
/// The moment one circuit shows: live, or the past right after some logged action (a page opened
/// with <c>?at=N</c>). The past is a side copy the store builds off its loop; the circuit's
/// <see cref="IState{TState}"/> and <see cref="IStateSelection{TState, TValue}"/> read it, and its
/// dispatcher refuses every action while it is shown, so the live state is never touched.
/// </summary>
public sealed class CircuitTimeline(SharedStore store)
{
    /// <summary>What a person is told when they try to change something while looking at the past.</summary>
    public const string ReadOnlyReason = "You're looking at the past, which can't be changed; go back to live first.";

    private const long Live = -1;

    private StoreView? _past;
    private long _moves;
    private long _requested = Live;

    /// <summary>Raised, off the circuit's context, when the circuit moves between moments.</summary>
    public event Action? Moved;

    /// <summary>The past this circuit shows, or null when it is live.</summary>
    public StoreView? Past => Volatile.Read(ref _past);

    /// <summary>Whether the circuit shows the past.</summary>
    public bool IsPast => Past is not null;

    /// <summary>
    /// Whether the circuit is headed for the past or shows it: read-only from the moment a past is
    /// asked for, before it is built, so nothing a page does on its way there reaches the live store.
    /// </summary>
    public bool IsReadOnly => Interlocked.Read(ref _requested) != Live;

    /// <summary>The live sequence: how far a past view may move.</summary>
    public long LiveSequence => store.Sequence;

    /// <summary>
    /// Shows the state right after action <paramref name="sequence"/>, or live when it is null.
    /// When moves overlap (someone drags a slider), the last one asked for wins.
    /// </summary>
    /// <exception cref="HistoryUnavailableException">That moment isn't in the log.</exception>
    public async Task GoToAsync(long? sequence, CancellationToken cancellationToken = default)
    {
        var move = Interlocked.Increment(ref _moves);
        Interlocked.Exchange(ref _requested, sequence ?? Live);
        if (Past?.Sequence == sequence || (sequence is null && Past is null))
        {
            return;
        }

        var view = sequence is { } at ? await store.ViewAtAsync(at, cancellationToken) : null;
        if (Interlocked.Read(ref _moves) != move)
        {
            return;
        }

        Volatile.Write(ref _past, view);
        Moved?.Invoke();
    }

    /// <summary>A feature's state at the moment this circuit shows.</summary>
    public TState StateOf<TState>()
        where TState : class => Past is { } past ? past.GetState<TState>() : store.GetState<TState>();
}
