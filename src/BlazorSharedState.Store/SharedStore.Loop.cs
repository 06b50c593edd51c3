using System.Diagnostics;
using BlazorSharedState.Store.Internal;

namespace BlazorSharedState.Store;

/// <summary>The loop's work for one action: stamp, guard, reduce, publish, answer, run effects.</summary>
public sealed partial class SharedStore
{
    private void Process(PendingAction pending)
    {
        var action = pending.Action;
        var plan = PlanFor(action.GetType());
        var meta = Stamp(pending.Origin);
        var started = _metrics.TimingEnabled ? Stopwatch.GetTimestamp() : 0;
        try
        {
            var rejection = CheckGuards(plan, action, meta) ?? Reduce(plan, action, meta);
            if (rejection is not null)
            {
                Reject(pending, plan, meta, rejection);
                return;
            }

            Commit(plan, meta);
            PublishChangedFeatures();
            _metrics.Reduced(plan.ActionName, started);
            PublishAction(plan, action, meta);
            pending.Completion?.TrySetResult(DispatchResult.Accepted(meta));
            if (plan.Effects.Length > 0)
            {
                _effects.Run(plan, action, meta, CreateDispatcher(pending.Origin));
            }
        }
#pragma warning disable CA1031 // The loop serves every circuit: one bad action must not stop it.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            StoreLog.ReducerFailed(_logger, exception, "store loop", plan.ActionName);
            pending.Completion?.TrySetResult(DispatchResult.Rejected(ReducerFailedReason));
        }
    }

    private ActionPlan PlanFor(Type actionType)
    {
        if (!_plans.TryGetValue(actionType, out var plan))
        {
            plan = ActionPlan.For(actionType, _definition);
            _plans.Add(actionType, plan);
        }

        return plan;
    }

    private ActionMeta Stamp(ActionOrigin origin)
    {
        // Time never runs backwards in the log, even if the wall clock is stepped back.
        var now = _time.GetUtcNow();
        if (now < _lastTime)
        {
            now = _lastTime;
        }

        _lastTime = now;
        var sequence = _sequence + 1;
        return new ActionMeta(sequence, _ids.Next(now, sequence), now, origin.UserId, origin.CircuitId);
    }

    private string? CheckGuards(ActionPlan plan, object action, ActionMeta meta)
    {
        foreach (var guard in plan.Guards)
        {
            GuardResult result;
            try
            {
                result = guard.Check(_features[guard.FeatureIndex].State, action, meta);
            }
#pragma warning disable CA1031 // A throwing guard rejects its action; it must not stop the loop.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                StoreLog.GuardFailed(_logger, exception, guard.Name, plan.ActionName);
                return ReducerFailedReason;
            }

            if (!result.IsAllowed)
            {
                return result.Reason;
            }
        }

        return null;
    }

    /// <summary>Runs every reducer into scratch slots; nothing is visible until <see cref="Commit"/>.</summary>
    private string? Reduce(ActionPlan plan, object action, ActionMeta meta)
    {
        foreach (var middleware in _middleware)
        {
            InvokeMiddleware(middleware, plan, m => m.BeforeReduce(action, meta));
        }

        foreach (var reducer in plan.Reducers)
        {
            var index = reducer.FeatureIndex;
            try
            {
                _pendingStates[index] = reducer.Reduce(_pendingStates[index] ?? _features[index].State, action, meta);
            }
#pragma warning disable CA1031 // A throwing reducer rejects its action; it must not stop the loop.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                StoreLog.ReducerFailed(_logger, exception, reducer.Name, plan.ActionName);
                Array.Clear(_pendingStates);
                return ReducerFailedReason;
            }
        }

        return null;
    }

    private void Commit(ActionPlan plan, ActionMeta meta)
    {
        foreach (var reducer in plan.Reducers)
        {
            var slot = _features[reducer.FeatureIndex];
            var next = _pendingStates[slot.Index];
            _pendingStates[slot.Index] = null;
            if (next is not null && !ReferenceEquals(next, slot.State))
            {
                slot.Set(next);
                _changed.Add(slot);
            }
        }

        Volatile.Write(ref _sequence, meta.Sequence);
    }

    private void PublishChangedFeatures()
    {
        // Every feature is committed before anyone hears of it, so a subscriber reading
        // several features sees one consistent moment.
        foreach (var slot in _changed)
        {
            var state = slot.State;
            foreach (var subscription in slot.Subscribers.Snapshot())
            {
                try
                {
                    subscription.Notify(state);
                }
#pragma warning disable CA1031 // One broken subscriber must not keep the others stale.
                catch (Exception exception)
#pragma warning restore CA1031
                {
                    StoreLog.SubscriberFailed(_logger, exception, slot.Descriptor.Name);
                }
            }
        }

        _changed.Clear();
    }

    private void PublishAction(ActionPlan plan, object action, ActionMeta meta)
    {
        foreach (var middleware in _middleware)
        {
            InvokeMiddleware(middleware, plan, m => m.AfterReduce(action, meta));
        }

        var envelope = new ActionEnvelope(action, meta);
        foreach (var subscription in _actionSubscribers.Snapshot())
        {
            try
            {
                subscription.Notify(envelope);
            }
#pragma warning disable CA1031 // One broken subscriber must not keep the others uninformed.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                StoreLog.SubscriberFailed(_logger, exception, "actions");
            }
        }
    }

    private void Reject(PendingAction pending, ActionPlan plan, ActionMeta meta, string reason)
    {
        _metrics.Rejected(plan.ActionName);
        StoreLog.Rejected(_logger, plan.ActionName, meta.UserId, reason);
        foreach (var middleware in _middleware)
        {
            InvokeMiddleware(middleware, plan, m => m.AfterReject(pending.Action, meta, reason));
        }

        pending.Completion?.TrySetResult(DispatchResult.Rejected(reason));
    }

    private void InvokeMiddleware(IStoreMiddleware middleware, ActionPlan plan, Action<IStoreMiddleware> call)
    {
        try
        {
            call(middleware);
        }
#pragma warning disable CA1031 // Middleware observes; its failure must not change the outcome.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            StoreLog.MiddlewareFailed(_logger, exception, middleware.GetType().Name, plan.ActionName);
        }
    }
}
