using System.Reflection;

namespace BlazorSharedState.Store.Internal;

/// <summary>A typed, delegate-bound guard.</summary>
internal abstract class GuardBinding(int featureIndex, Type actionType, string name)
{
    public int FeatureIndex { get; } = featureIndex;

    public Type ActionType { get; } = actionType;

    public string Name { get; } = name;

    public abstract GuardResult Check(object state, object action, ActionMeta meta);

    public static GuardBinding Create(MethodInfo method, int featureIndex, Type stateType, Type actionType, bool takesMeta)
    {
        var bindingType = typeof(GuardBinding<,>).MakeGenericType(stateType, actionType);
        return (GuardBinding)Activator.CreateInstance(bindingType, method, featureIndex, takesMeta)!;
    }
}

internal sealed class GuardBinding<TState, TAction> : GuardBinding
{
    private readonly Func<TState, TAction, ActionMeta, GuardResult> _check;

    public GuardBinding(MethodInfo method, int featureIndex, bool takesMeta)
        : base(featureIndex, typeof(TAction), $"{method.DeclaringType?.Name}.{method.Name}")
    {
        if (takesMeta)
        {
            _check = method.CreateDelegate<Func<TState, TAction, ActionMeta, GuardResult>>();
        }
        else
        {
            var check = method.CreateDelegate<Func<TState, TAction, GuardResult>>();
            _check = (state, action, _) => check(state, action);
        }
    }

    public override GuardResult Check(object state, object action, ActionMeta meta) =>
        _check((TState)state, (TAction)action, meta);
}
