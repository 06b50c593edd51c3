namespace BlazorSharedState.Store.Blazor.Internal;

/// <summary>
/// The one owner of a circuit's renders after state changes: components an action touched wait
/// here, and the circuit's <see cref="SharedStoreRenderRoot"/> re-renders them all inside one
/// Blazor render batch, so one action is one message to the browser and one DOM update. Batches
/// are paced to one per display frame: a change after a quiet spell renders at once, and a burst
/// renders at most every <see cref="FrameInterval"/>, each time with the latest state. A circuit
/// without a root is a mistake in the app, reported as an error in the component it stops.
/// </summary>
internal sealed class CircuitRenderQueue(TimeProvider time) : IThreadPoolWorkItem, IDisposable
{
    /// <summary>A display frame at 60 Hz: a browser cannot show changes any faster.</summary>
    public static readonly TimeSpan FrameInterval = TimeSpan.FromMilliseconds(16);

    private readonly Lock _gate = new();
    private List<ComponentStoreBinding> _pending = [];
    private List<ComponentStoreBinding> _rendering = [];
    private SharedStoreRenderRoot? _root;
    private bool _flushQueued;
    private long? _lastFlush;
    private ITimer? _nextFrame;

    /// <summary>What a component that re-renders from the store is told when its circuit has no root.</summary>
    public static string MissingRootMessage(Type component) =>
        $"{component.Name} re-renders when the shared store changes, and its circuit has no <{nameof(SharedStoreRenderRoot)} />, "
        + "which renders every such component of the circuit in one batch. Place one in the layout, before the components that use the store.";

    /// <summary>The circuit's root from now on; renders that waited for one go at once.</summary>
    public void Attach(SharedStoreRenderRoot root)
    {
        lock (_gate)
        {
            _root = root;
            if (_pending.Count == 0 || _flushQueued)
            {
                return;
            }

            _flushQueued = true;
        }

        ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
    }

    /// <summary>The root went with its layout; what is queued waits for the next one.</summary>
    public void Detach(SharedStoreRenderRoot root)
    {
        lock (_gate)
        {
            if (_root == root)
            {
                _root = null;
                _flushQueued = false;
            }
        }
    }

    /// <summary>Queues <paramref name="binding"/> for the circuit's next batch. Called on the store's loop, which must never render.</summary>
    public void Enqueue(ComponentStoreBinding binding)
    {
        TimeSpan wait;
        lock (_gate)
        {
            _pending.Add(binding);
            if (_flushQueued)
            {
                return;
            }

            if (_root is null)
            {
                // Maybe the root is being rendered right now, below a layout that binds first: the
                // component's own dispatcher looks once that render is done.
                binding.Post(() => FlushOrFail(binding));
                return;
            }

            _flushQueued = true;
            wait = _lastFlush is { } last ? FrameInterval - time.GetElapsedTime(last) : TimeSpan.Zero;
            if (wait > TimeSpan.Zero)
            {
                _nextFrame ??= time.CreateTimer(static queue => ((CircuitRenderQueue)queue!).Flush(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
                _nextFrame.Change(wait, Timeout.InfiniteTimeSpan);
                return;
            }
        }

        // The pool hands the flush over to the circuit.
        ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
    }

    void IThreadPoolWorkItem.Execute() => Flush();

    public void Dispose()
    {
        lock (_gate)
        {
            _nextFrame?.Dispose();
            _nextFrame = null;
        }
    }

    /// <summary>Renders every queued component; runs on the circuit's dispatcher, inside the root's render.</summary>
    public void RenderPending()
    {
        List<ComponentStoreBinding> batch;
        lock (_gate)
        {
            (batch, _pending, _rendering) = (_pending, _rendering, _pending);
            _flushQueued = false;
            _lastFlush = time.GetTimestamp();
        }

        foreach (var binding in batch)
        {
            binding.RenderLatest();
        }

        batch.Clear();
    }

    private void Flush()
    {
        SharedStoreRenderRoot? root;
        lock (_gate)
        {
            root = _root;
        }

        // A root that went meanwhile left the queue to the next one (see Detach).
        if (root is not null)
        {
            _ = root.RenderPendingAsync();
        }
    }

    /// <summary>On <paramref name="binding"/>'s dispatcher, after the render in progress: flush if a root came, else say what is missing.</summary>
    private void FlushOrFail(ComponentStoreBinding binding)
    {
        lock (_gate)
        {
            if (_root is not null)
            {
                if (!_flushQueued)
                {
                    _flushQueued = true;
                    ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
                }

                return;
            }

            _pending.Remove(binding);
        }

        binding.Fail(new InvalidOperationException(MissingRootMessage(binding.OwnerType)));
    }
}
