using Microsoft.Extensions.Logging;

namespace BlazorSharedState.Store.Internal;

/// <summary>
/// Guards, then reducers, of one action over one set of feature states. The live loop runs one
/// over the store's states; a view of the past runs its own over a copy, so both reach the same
/// verdicts and states from the same log.
/// </summary>
internal sealed class Reduction(StoreDefinition definition, object[] states, ILogger logger)
{
    /// <summary>What a person is told when a guard or reducer throws.</summary>
    public const string FailedReason = "The server could not apply this change, so nothing was changed.";

    private readonly Dictionary<Type, ActionPlan> _plans = [];
    private readonly object?[] _pending = new object?[states.Length];

    /// <summary>Every feature's state, by feature index; only the owner of this reduction writes it.</summary>
    public object[] States => states;

    public ActionPlan PlanFor(Type actionType)
    {
        if (!_plans.TryGetValue(actionType, out var plan))
        {
            plan = ActionPlan.For(actionType, definition);
            _plans.Add(actionType, plan);
        }

        return plan;
    }

    /// <summary>The first guard's rejection, or null when every guard allows the action.</summary>
    public string? Guard(ActionPlan plan, object action, ActionMeta meta)
    {
        foreach (var guard in plan.Guards)
        {
            GuardResult result;
            try
            {
                result = guard.Check(states[guard.FeatureIndex], action, meta);
            }
#pragma warning disable CA1031 // A throwing guard rejects its action; it must not stop the loop.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                StoreLog.GuardFailed(logger, exception, guard.Name, plan.ActionName);
                return FailedReason;
            }

            if (!result.IsAllowed)
            {
                return result.Reason;
            }
        }

        return null;
    }

    /// <summary>Runs every reducer into scratch slots; nothing changes until <see cref="Commit"/>.</summary>
    public string? Reduce(ActionPlan plan, object action, ActionMeta meta)
    {
        foreach (var reducer in plan.Reducers)
        {
            var index = reducer.FeatureIndex;
            try
            {
                _pending[index] = reducer.Reduce(_pending[index] ?? states[index], action, meta);
            }
#pragma warning disable CA1031 // A throwing reducer rejects its action; it must not stop the loop.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                StoreLog.ReducerFailed(logger, exception, reducer.Name, plan.ActionName);
                Discard();
                return FailedReason;
            }
        }

        return null;
    }

    /// <summary>Makes the reduced states current; <paramref name="changed"/> hears each feature that got a new state.</summary>
    public void Commit(ActionPlan plan, Action<int>? changed)
    {
        foreach (var reducer in plan.Reducers)
        {
            var index = reducer.FeatureIndex;
            var next = _pending[index];
            _pending[index] = null;
            if (next is not null && !ReferenceEquals(next, states[index]))
            {
                states[index] = next;
                changed?.Invoke(index);
            }
        }
    }

    public void Discard() => Array.Clear(_pending);

    /// <summary>Guard, reduce and commit in one go, for copies nobody watches; the rejection, or null.</summary>
    public string? Apply(LoggedAction entry)
    {
        var plan = PlanFor(entry.Action.GetType());
        var rejection = Guard(plan, entry.Action, entry.Meta) ?? Reduce(plan, entry.Action, entry.Meta);
        if (rejection is null)
        {
            Commit(plan, changed: null);
        }

        return rejection;
    }
}
