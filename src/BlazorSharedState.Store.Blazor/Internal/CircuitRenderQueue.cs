namespace BlazorSharedState.Store.Blazor.Internal;

/// <summary>
/// One circuit's components waiting to re-render after a state change. While the circuit has a
/// <see cref="SharedStoreRenderRoot"/>, they all re-render inside one Blazor render batch: one
/// message to the browser and one DOM update per action, however many components it touched.
/// Batches are paced to one per display frame: a change after a quiet spell renders at once,
/// and a burst renders at most every <see cref="FrameInterval"/>, each time with the latest state.
/// Without a root, each component schedules its own render (and its own batch).
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

    public void Attach(SharedStoreRenderRoot root)
    {
        lock (_gate)
        {
            _root = root;
        }
    }

    public void Detach(SharedStoreRenderRoot root)
    {
        lock (_gate)
        {
            if (_root == root)
            {
                _root = null;
            }
        }
    }

    /// <summary>
    /// Queues <paramref name="binding"/> for the circuit's next batch; false when the circuit
    /// has no root, and the binding must schedule its render itself.
    /// </summary>
    public bool TryEnqueue(ComponentStoreBinding binding)
    {
        TimeSpan wait;
        lock (_gate)
        {
            if (_root is null)
            {
                return false;
            }

            _pending.Add(binding);
            if (_flushQueued)
            {
                return true;
            }

            _flushQueued = true;
            wait = _lastFlush is { } last ? FrameInterval - time.GetElapsedTime(last) : TimeSpan.Zero;
            if (wait > TimeSpan.Zero)
            {
                _nextFrame ??= time.CreateTimer(static queue => ((CircuitRenderQueue)queue!).Flush(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
                _nextFrame.Change(wait, Timeout.InfiniteTimeSpan);
                return true;
            }
        }

        // Called on the store's loop, which must never render: the pool hands the flush over.
        ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
        return true;
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

    private void Flush()
    {
        SharedStoreRenderRoot? root;
        lock (_gate)
        {
            root = _root;
        }

        if (root is null)
        {
            HandBack();
            return;
        }

        _ = root.RenderPendingAsync(this);
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

    /// <summary>The root went away with renders queued: each component schedules its own.</summary>
    public void HandBack()
    {
        List<ComponentStoreBinding> batch;
        lock (_gate)
        {
            batch = [.. _pending];
            _pending.Clear();
            _flushQueued = false;
        }

        foreach (var binding in batch)
        {
            binding.ScheduleOwnRender();
        }
    }
}
