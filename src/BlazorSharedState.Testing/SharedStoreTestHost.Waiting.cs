using System.Threading.Channels;

namespace BlazorSharedState.Testing;

/// <summary>Waiting for the store to reach a state.</summary>
public sealed partial class SharedStoreTestHost
{
    /// <summary>
    /// Waits until the state of <typeparamref name="TState"/> meets <paramref name="condition"/>
    /// (at once if it does already) and returns that state; throws a
    /// <see cref="SharedStoreAssertionException"/> naming <paramref name="what"/> when it hasn't
    /// after <see cref="SharedStoreTestOptions.Patience"/>. For what effects, other threads or
    /// circuits' own dispatches bring about.
    /// </summary>
    public async Task<TState> WaitForStateAsync<TState>(Func<TState, bool> condition, string what)
        where TState : class
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentException.ThrowIfNullOrWhiteSpace(what);

        // The store calls back on its loop, which must not wait for a test: the callback only
        // leaves a wake-up (one is enough however many changes come), and the test checks here.
        var changed = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        using var subscription = Store.Subscribe<TState>(_ => changed.Writer.TryWrite(true));
        using var patience = new CancellationTokenSource(_options.Patience);
        while (true)
        {
            var state = Store.GetState<TState>();
            if (condition(state))
            {
                return state;
            }

            try
            {
                await changed.Reader.ReadAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                var halted = Store.HaltedProblem is { } problem ? $" The store's loop has stopped: {problem}" : string.Empty;
                throw new SharedStoreAssertionException(
                    $"Timed out after {Seconds.Of(_options.Patience)} waiting for {what} in {typeof(TState).Name}; the store is at sequence {Store.Sequence}.{halted}");
            }
        }
    }
}
