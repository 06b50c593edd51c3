using System.Diagnostics;
using BlazorSharedState.Store.Internal;

namespace BlazorSharedState.Store;

/// <summary>The loop's work for one logged action: guard, reduce, publish, answer, run effects.</summary>
public sealed partial class SharedStore
{
    /// <summary>
    /// Applies one logged action: guard, reduce, commit, then, unless replaying, publish, answer
    /// and, for this server's own actions, run effects. A replay reaches the same verdicts and
    /// states, with nobody to tell and no effects to repeat; another server's action is shown
    /// here as it is there, and its effects run on that server only.
    /// </summary>
    private void Apply(LoggedAction entry, TaskCompletionSource<DispatchResult>? completion, ApplyMode mode)
    {
        var live = mode != ApplyMode.Replay;
        var batched = mode == ApplyMode.MineInBatch;
        var (action, meta) = (entry.Action, entry.Meta);
        var plan = _reduction.PlanFor(action.GetType());
        var started = live && _metrics.TimingEnabled ? Stopwatch.GetTimestamp() : 0;
        // Guards and reducers log their own failures; the steps named here are what else may throw,
        // so the log can say what failed and whether the state had changed by then.
        var step = "reducing it";
        var committed = false;
        try
        {
            var rejection = _reduction.Guard(plan, action, meta) ?? Reduce(plan, action, meta, live);
            Volatile.Write(ref _sequence, meta.Sequence);
            if (rejection is not null)
            {
                if (live)
                {
                    step = "rejecting it";
                    Reject(plan, entry, completion, rejection, batched);
                    PublishHistory(entry, rejection);
                }

                return;
            }

            step = "committing it";
            _reduction.Commit(plan, _markChanged);
            committed = true;
            if (!live)
            {
                _changed.Clear();
                return;
            }

            step = "publishing it";
            if (!batched)
            {
                PublishChangedFeatures();
            }

            _metrics.Reduced(plan.ActionName, started);
            PublishAction(plan, entry);
            PublishHistory(entry, rejection: null);
            Answer(completion, DispatchResult.Accepted(meta), batched);
            if (mode is ApplyMode.Mine or ApplyMode.MineInBatch && plan.Effects.Length > 0)
            {
                step = "starting its effects";
                _effects.Run(plan, action, meta, CreateDispatcher(new ActionOrigin(meta.UserId, meta.CircuitId)));
            }
        }
#pragma warning disable CA1031 // The loop serves every circuit: one bad action must not stop it.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            if (committed)
            {
                StoreLog.FailedAfterCommit(_logger, exception, plan.ActionName, meta.Sequence, step);
            }
            else
            {
                StoreLog.FailedBeforeCommit(_logger, exception, plan.ActionName, meta.Sequence, step);
            }

            Volatile.Write(ref _sequence, meta.Sequence);
            _reduction.Discard();
            if (!batched)
            {
                // In a batch, what earlier actions changed is still to be told.
                _changed.Clear();
            }

            Answer(completion, committed ? DispatchResult.Accepted(meta) : DispatchResult.Rejected(Reduction.FailedReason, meta), batched);
        }
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
        // The id's counter never goes back, unlike a refused batch's sequences: ids stay unique.
        return new ActionMeta(++_stamped, _ids.Next(now, ++_idCounter), now, origin.UserId, origin.CircuitId, _logOptions.ServerName);
    }

    /// <summary>Middleware hears of the action, then every reducer runs into scratch slots.</summary>
    private string? Reduce(ActionPlan plan, object action, ActionMeta meta, bool live)
    {
        if (live)
        {
            foreach (var middleware in _middleware)
            {
                InvokeMiddleware(middleware, plan, m => m.BeforeReduce(action, meta));
            }
        }

        return _reduction.Reduce(plan, action, meta);
    }

    private void Answer(TaskCompletionSource<DispatchResult>? completion, DispatchResult answer, bool held)
    {
        if (completion is null)
        {
            return;
        }

        if (held)
        {
            _heldAnswers.Add((completion, answer));
        }
        else
        {
            completion.TrySetResult(answer);
        }
    }

    /// <summary>
    /// After a batch: every state its actions changed is published once, at the batch's last
    /// moment, and only then is each of its actions answered. A queue that fell behind (a crowd
    /// arriving) costs each circuit one look per batch rather than one per action.
    /// </summary>
    private void PublishBatch()
    {
        try
        {
            PublishChangedFeatures();
        }
        finally
        {
            foreach (var (completion, answer) in _heldAnswers)
            {
                completion.TrySetResult(answer);
            }

            _heldAnswers.Clear();
        }
    }

    private void PublishChangedFeatures()
    {
        // Every feature is committed before anyone hears of it, so a subscriber reading
        // several features sees one consistent moment.
        foreach (var slot in _changed)
        {
            slot.Subscribers.Publish(slot.State, _logger, slot.Descriptor.Name);
        }

        _changed.Clear();
    }

    private void PublishAction(ActionPlan plan, LoggedAction entry)
    {
        foreach (var middleware in _middleware)
        {
            InvokeMiddleware(middleware, plan, m => m.AfterReduce(entry.Action, entry.Meta));
        }

        // Only the subscriptions for this action's type: the others never hear of it.
        foreach (var subscribers in _actionSubscriptions.For(entry.Action.GetType()))
        {
            subscribers.Publish(entry, _logger, "actions");
        }
    }

    private void Reject(ActionPlan plan, LoggedAction entry, TaskCompletionSource<DispatchResult>? completion, string reason, bool held)
    {
        _metrics.Rejected(plan.ActionName);
        StoreLog.Rejected(_logger, plan.ActionName, entry.Meta.UserId, reason);
        foreach (var middleware in _middleware)
        {
            InvokeMiddleware(middleware, plan, m => m.AfterReject(entry.Action, entry.Meta, reason));
        }

        // Held in a batch too, so a batch's answers go out in the log's order.
        Answer(completion, DispatchResult.Rejected(reason, entry.Meta), held);
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
