using System.Reflection;

namespace BlazorSharedState.Store.Internal;

/// <summary>A bound <see cref="ReducerMethodAttribute"/> method.</summary>
internal abstract class ReducerBinding(int featureIndex, Type actionType, MethodInfo method)
    : StateActionBinding(featureIndex, actionType, method)
{
    public abstract object Reduce(object state, object action, ActionMeta meta);

    public static ReducerBinding Create(MethodInfo method, int featureIndex, Type stateType, Type actionType, bool takesMeta) =>
        Create<ReducerBinding>(typeof(ReducerBinding<,>), method, featureIndex, stateType, actionType, takesMeta);
}

internal sealed class ReducerBinding<TState, TAction>(MethodInfo method, int featureIndex, bool takesMeta)
    : ReducerBinding(featureIndex, typeof(TAction), method)
{
    private readonly Func<TState, TAction, ActionMeta, TState> _reduce = Bind<TState, TAction, TState>(method, takesMeta);

    public override object Reduce(object state, object action, ActionMeta meta) =>
        _reduce((TState)state, (TAction)action, meta)
        ?? throw new InvalidOperationException($"Reducer {Name} returned null.");
}
