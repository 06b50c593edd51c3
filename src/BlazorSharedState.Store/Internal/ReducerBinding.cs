using System.Reflection;

namespace BlazorSharedState.Store.Internal;

/// <summary>A typed, delegate-bound reducer, so the loop never invokes through reflection.</summary>
internal abstract class ReducerBinding(int featureIndex, Type actionType, string name)
{
    public int FeatureIndex { get; } = featureIndex;

    public Type ActionType { get; } = actionType;

    public string Name { get; } = name;

    public abstract object Reduce(object state, object action, ActionMeta meta);

    public static ReducerBinding Create(MethodInfo method, int featureIndex, Type stateType, Type actionType, bool takesMeta)
    {
        var bindingType = typeof(ReducerBinding<,>).MakeGenericType(stateType, actionType);
        return (ReducerBinding)Activator.CreateInstance(bindingType, method, featureIndex, takesMeta)!;
    }
}

internal sealed class ReducerBinding<TState, TAction> : ReducerBinding
{
    private readonly Func<TState, TAction, ActionMeta, TState> _reduce;

    public ReducerBinding(MethodInfo method, int featureIndex, bool takesMeta)
        : base(featureIndex, typeof(TAction), $"{method.DeclaringType?.Name}.{method.Name}")
    {
        if (takesMeta)
        {
            _reduce = method.CreateDelegate<Func<TState, TAction, ActionMeta, TState>>();
        }
        else
        {
            var reduce = method.CreateDelegate<Func<TState, TAction, TState>>();
            _reduce = (state, action, _) => reduce(state, action);
        }
    }

    public override object Reduce(object state, object action, ActionMeta meta) =>
        _reduce((TState)state, (TAction)action, meta)
        ?? throw new InvalidOperationException($"Reducer {Name} returned null.");
}
