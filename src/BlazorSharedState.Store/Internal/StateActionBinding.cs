using System.Reflection;

namespace BlazorSharedState.Store.Internal;

/// <summary>
/// A static <c>(state, action[, meta])</c> method bound to a typed delegate once, so the loop
/// never invokes through reflection. Reducers and guards are both of this shape.
/// </summary>
internal abstract class StateActionBinding(int featureIndex, Type actionType, MethodInfo method)
{
    public int FeatureIndex { get; } = featureIndex;

    public Type ActionType { get; } = actionType;

    public string Name { get; } = $"{method.DeclaringType?.Name}.{method.Name}";

    /// <summary>Binds <paramref name="method"/>, adapting the two-argument form to take (and ignore) meta.</summary>
    protected static Func<TState, TAction, ActionMeta, TResult> Bind<TState, TAction, TResult>(MethodInfo method, bool takesMeta)
    {
        if (takesMeta)
        {
            return method.CreateDelegate<Func<TState, TAction, ActionMeta, TResult>>();
        }

        var withoutMeta = method.CreateDelegate<Func<TState, TAction, TResult>>();
        return (state, action, _) => withoutMeta(state, action);
    }

    /// <summary>Creates <paramref name="openBindingType"/> closed over the state and action types.</summary>
    protected static T Create<T>(Type openBindingType, MethodInfo method, int featureIndex, Type stateType, Type actionType, bool takesMeta) =>
        (T)Activator.CreateInstance(openBindingType.MakeGenericType(stateType, actionType), method, featureIndex, takesMeta)!;
}
