namespace BlazorSharedState.Store.Blazor.Internal;

/// <summary>
/// One circuit's components waiting to re-render after a state change. While the circuit has a
/// <see cref="SharedStoreRenderRoot"/>, they all re-render inside one Blazor render batch: one
/// message to the browser and one DOM update per action, however many components it touched.
/// Without a root, each component schedules its own render (and its own batch).
/// </summary>
internal sealed class CircuitRenderQueue : IThreadPoolWorkItem
{
    private readonly Lock _gate = new();
    private List<ComponentStoreBinding> _pending = [];
    private List<ComponentStoreBinding> _rendering = [];
    private SharedStoreRenderRoot? _root;
    private bool _flushQueued;

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
        }

        // Called on the store's loop, which must never render: the pool hands the flush over.
        ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
        return true;
    }

    void IThreadPoolWorkItem.Execute()
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
