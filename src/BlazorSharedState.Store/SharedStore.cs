using System.Diagnostics.Metrics;
using System.Threading.Channels;
using BlazorSharedState.Store.Internal;
using Microsoft.Extensions.Logging;

namespace BlazorSharedState.Store;

/// <summary>
/// The one store of the process, shared by every circuit. Actions from any thread go through
/// one queue; a single loop stamps a batch of them, appends it to the <see cref="IActionLog"/>,
/// then guards, reduces and publishes each in one total order. The log is the truth: on start
/// the store rebuilds its state from the newest snapshot and the actions after it.
/// </summary>
public sealed partial class SharedStore : IAsyncDisposable
{
    /// <summary>The name of the <see cref="System.Diagnostics.Metrics.Meter"/> the store records to.</summary>
    public const string MeterName = "BlazorSharedState.Store";

    private const string StoppedReason = "The server is shutting down; try again in a moment.";
    private const string NotSavedReason = "The server couldn't save this change, so nothing was changed; try again in a moment.";

    private readonly Channel<PendingAction> _queue = Channel.CreateUnbounded<PendingAction>(
        new UnboundedChannelOptions { SingleReader = true, AllowSynchronousContinuations = false });

    private readonly StoreDefinition _definition;
    private readonly FeatureSlot[] _features;
    private readonly Dictionary<Type, FeatureSlot> _featuresByType;
    private readonly Reduction _reduction;
    private readonly Action<int> _markChanged;
    private readonly List<FeatureSlot> _changed = [];
    private readonly List<(TaskCompletionSource<DispatchResult> Completion, DispatchResult Answer)> _heldAnswers = [];
    private readonly ActionSubscriptions _actionSubscriptions;
    private readonly IReadOnlyList<IStoreMiddleware> _middleware;
    private readonly EffectRunner _effects;
    private readonly StoreMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ActionIdGenerator _ids = new();
    private readonly IActionLog _log;
    private readonly ActionLogCodec _codec;
    private readonly ActionLogOptions _logOptions;
    private readonly StoreLimits _limits;
    private readonly SemaphoreSlim _lifecycle = new(1, 1);
    private long _sequence;
    private long _stamped;
    private long _idCounter;
    private long _enqueued;
    private long _dequeued;
    private DateTimeOffset _lastTime;
    private Task? _loop;

    internal SharedStore(
        StoreDefinition definition,
        IReadOnlyList<IStoreMiddleware> middleware,
        EffectRunner effects,
        StoreLogging logging,
        IMeterFactory meterFactory,
        TimeProvider time,
        ILogger logger)
    {
        _definition = definition;
        _log = logging.Log;
        _shared = logging.Log as ISharedActionLog;
        _codec = logging.Codec;
        _logOptions = logging.Options;
        _limits = logging.Limits;
        _middleware = middleware;
        _effects = effects;
        _time = time;
        _logger = logger;
        _metrics = new StoreMetrics(meterFactory, () => QueueLength);
        _features = [.. definition.Features.Select((d, i) => new FeatureSlot(i, d, _metrics.SubscriptionCountChanged))];
        _featuresByType = _features.ToDictionary(f => f.Descriptor.StateType);
        _reduction = new Reduction(definition, [.. _features.Select(f => f.State)], logger);
        _markChanged = index =>
        {
            _features[index].Set(_reduction.States[index]);
            // A batch publishes once: a feature several of its actions change is told once.
            if (!_changed.Contains(_features[index]))
            {
                _changed.Add(_features[index]);
            }
        };
        _actionSubscriptions = new ActionSubscriptions(_metrics.SubscriptionCountChanged);
        _historySubscribers = new SubscriberList<HistoryEntry>(_metrics.SubscriptionCountChanged);
    }

    /// <summary>The sequence number of the last applied action, accepted or rejected (0 before the first).</summary>
    public long Sequence => Volatile.Read(ref _sequence);

    /// <summary>Live subscriptions to feature states and actions, across all circuits.</summary>
    public long SubscriptionCount => _metrics.Subscriptions;

    /// <summary>Actions waiting in the queue.</summary>
    public int QueueLength => (int)Math.Max(0, Volatile.Read(ref _enqueued) - Volatile.Read(ref _dequeued));

    /// <summary>Effects still running.</summary>
    public int RunningEffects => _effects.Running;

    /// <summary>The current state of a feature.</summary>
    public TState GetState<TState>()
        where TState : class => (TState)SlotFor(typeof(TState)).State;

    /// <summary>
    /// Calls <paramref name="onChanged"/> on the store's loop after every action that replaced
    /// the feature's state. The callback must be quick and must not block: hand work to your
    /// own context (a component's <c>InvokeAsync</c>). Dispose the result to stop.
    /// </summary>
    public IDisposable Subscribe<TState>(Action<TState> onChanged)
        where TState : class
    {
        ArgumentNullException.ThrowIfNull(onChanged);
        return SlotFor(typeof(TState)).Subscribers.Add(state => onChanged((TState)state));
    }

    /// <summary>
    /// Calls <paramref name="onAction"/> on the store's loop after every accepted action that is a
    /// <typeparamref name="TAction"/>, once its state is published: an action of that type, of a type
    /// derived from it, or implementing it when it is an interface (as reducers take actions).
    /// Actions of other types never reach it and cost it nothing: the store keeps subscriptions by
    /// type. Same rules as <see cref="Subscribe{TState}"/>.
    /// </summary>
    public IDisposable SubscribeToAction<TAction>(Action<TAction, ActionMeta> onAction)
    {
        ArgumentNullException.ThrowIfNull(onAction);
        return _actionSubscriptions.Add(typeof(TAction), entry => onAction((TAction)entry.Action, entry.Meta));
    }

    /// <summary>
    /// Calls <paramref name="onAction"/> on the store's loop after every accepted action, whatever
    /// its type, once its state is published. Same rules as <see cref="Subscribe{TState}"/>.
    /// </summary>
    public IDisposable SubscribeToActions(Action<object, ActionMeta> onAction) => SubscribeToAction(onAction);

    /// <summary>
    /// Whether <paramref name="actionType"/> is an action of this store: a scanned reducer, guard
    /// or effect takes it. The store refuses to queue any other.
    /// </summary>
    public bool Knows(Type actionType)
    {
        ArgumentNullException.ThrowIfNull(actionType);
        return _codec.NameOf(actionType) is not null;
    }

    /// <summary>Queues an action from <paramref name="origin"/> without waiting for it.</summary>
    /// <exception cref="ArgumentException">No reducer, guard or effect of the store takes the action's type.</exception>
    public void Dispatch(object action, ActionOrigin origin)
    {
        RequireKnown(action);
        Enqueue(new PendingAction(action, origin, null));
    }

    /// <summary>
    /// Queues an action from <paramref name="origin"/>; completes once it is durable in the log
    /// and reduced, or rejected.
    /// </summary>
    /// <exception cref="ArgumentException">No reducer, guard or effect of the store takes the action's type.</exception>
    public Task<DispatchResult> DispatchAsync(object action, ActionOrigin origin, CancellationToken cancellationToken = default)
    {
        RequireKnown(action);
        // Said at once: the loop is stopped, or the queue is as long as it may get.
        if (_halted is not null || QueueLength >= _limits.QueueLimit)
        {
            return Task.FromResult(DispatchResult.Rejected(_halted is null ? StoreLimits.BusyReason : HaltedReason));
        }

        // Continuations run off the loop, so a slow awaiter never stalls everyone else.
        var completion = new TaskCompletionSource<DispatchResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!Enqueue(new PendingAction(action, origin, completion)))
        {
            return Task.FromResult(DispatchResult.Rejected(StoppedReason));
        }

        return cancellationToken.CanBeCanceled ? completion.Task.WaitAsync(cancellationToken) : completion.Task;
    }

    /// <summary>A dispatcher that stamps every action with <paramref name="origin"/>.</summary>
    public IDispatcher CreateDispatcher(ActionOrigin origin) => new OriginDispatcher(this, origin);

    /// <summary>
    /// Rebuilds the state from the log (newest snapshot, then the actions after it, effects off),
    /// logs that the server started, then starts the loop. Actions dispatched before this wait
    /// in the queue.
    /// </summary>
    /// <exception cref="ActionLogUnreadableException">Part of the log can't be read; the store doesn't start.</exception>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await _lifecycle.WaitAsync(cancellationToken);
        try
        {
            if (_loop is null)
            {
                await RecoverAsync(cancellationToken);
                if (_shared is not null)
                {
                    _shared.MayHaveMore += RequestCatchUp;
                }

                StoreLog.Started(_logger, _features.Length, _definition.Reducers.Count, _definition.Guards.Count, _definition.Effects.Count, Sequence);
                _snapshotWriter = Task.Run(WriteSnapshotsAsync, CancellationToken.None);
                _loop = Task.Run(RunAsync, CancellationToken.None);
            }
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    /// <summary>Stops taking actions, logs and reduces what is queued, snapshots the state, then returns.</summary>
    public async Task StopAsync()
    {
        _queue.Writer.TryComplete();
        await _lifecycle.WaitAsync();
        try
        {
            if (_loop is not null && !_stopped)
            {
                _stopped = true;
                if (_shared is not null)
                {
                    _shared.MayHaveMore -= RequestCatchUp;
                }

                await _loop;
                await StopSnapshotsAsync();
                StoreLog.Stopped(_logger, Sequence);
            }
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await StopAsync();

    /// <summary>
    /// Under load the next action is usually a few microseconds away; a short spin catches it
    /// without parking the loop, whose wake-up would cost a thread-pool hop per action.
    /// </summary>
    private bool SpinUntilQueued()
    {
        var spinner = new SpinWait();
        while (!spinner.NextSpinWillYield)
        {
            if (Volatile.Read(ref _enqueued) != _dequeued)
            {
                return true;
            }

            spinner.SpinOnce();
        }

        return false;
    }

    private void RequireKnown(object action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (!Knows(action.GetType()))
        {
            throw new ArgumentException(
                $"{action.GetType().FullName} is not an action of this store: no scanned reducer, guard or effect takes it.", nameof(action));
        }
    }

    private FeatureSlot SlotFor(Type stateType) =>
        _featuresByType.TryGetValue(stateType, out var slot)
            ? slot
            : throw new InvalidOperationException($"{stateType.Name} is not a feature of this store; is its assembly scanned?");

    // The single-reader channel can't count, so the store keeps the queue length itself.
    private bool Enqueue(PendingAction pending)
    {
        Interlocked.Increment(ref _enqueued);
        if (_queue.Writer.TryWrite(pending))
        {
            return true;
        }

        Interlocked.Decrement(ref _enqueued);
        return false;
    }

    /// <summary>
    /// The loop, supervised: whatever goes wrong inside it that the steps don't handle themselves
    /// stops it for good, said plainly, with every waiting dispatcher answered and every later
    /// one refused at once, never left to hang.
    /// </summary>
    private async Task RunAsync()
    {
        try
        {
            await LoopAsync();
        }
#pragma warning disable CA1031 // The loop's last line of defence: a stopped loop must say so, not hang dispatchers.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Halt($"The store's loop stopped: {exception.Message}");
            StoreLog.LoopFailed(_logger, exception);
            Refuse(_batch, HaltedReason);
            _batch.Clear();
            _queue.Writer.TryComplete();
            while (_queue.Reader.TryRead(out var pending))
            {
                pending.Completion?.TrySetResult(DispatchResult.Rejected(HaltedReason));
            }
        }
    }

    private async Task LoopAsync()
    {
        var reader = _queue.Reader;
        do
        {
            while (DrainBatch(reader))
            {
                if (_catchUpDue)
                {
                    // With a batch to append, its answer brings the others' actions anyway.
                    _catchUpDue = false;
                    if (_batch.Count == 0)
                    {
                        await CatchUpAsync();
                    }
                    else
                    {
                        Volatile.Write(ref _catchUpRequested, 0);
                    }
                }

                if (_batch.Count > 0)
                {
                    await AppendAndApplyBatchAsync();
                }
            }
        }
        while (SpinUntilQueued() || await reader.WaitToReadAsync());
    }

    /// <summary>Takes what is queued, up to a batch; everything taken is logged in one append.</summary>
    private bool DrainBatch(ChannelReader<PendingAction> reader)
    {
        var taken = 0;
        while (_batch.Count < MaxBatch && reader.TryRead(out var pending))
        {
            taken++;
            if (ReferenceEquals(pending.Action, CatchUpMarker))
            {
                _catchUpDue = true;
            }
            else
            {
                _batch.Add(pending);
            }
        }

        Volatile.Write(ref _dequeued, _dequeued + taken);
        return _batch.Count > 0 || _catchUpDue;
    }
}
