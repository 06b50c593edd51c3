using System.Reflection;

namespace BlazorSharedState.Store.Internal;

/// <summary>A bound <see cref="GuardMethodAttribute"/> method.</summary>
internal abstract class GuardBinding(int featureIndex, Type actionType, MethodInfo method)
    : StateActionBinding(featureIndex, actionType, method)
{
    public abstract GuardResult Check(object state, object action, ActionMeta meta);

    public static GuardBinding Create(MethodInfo method, int featureIndex, Type stateType, Type actionType, bool takesMeta) =>
        Create<GuardBinding>(typeof(GuardBinding<,>), method, featureIndex, stateType, actionType, takesMeta);
}

internal sealed class GuardBinding<TState, TAction>(MethodInfo method, int featureIndex, bool takesMeta)
    : GuardBinding(featureIndex, typeof(TAction), method)
{
    private readonly Func<TState, TAction, ActionMeta, GuardResult> _check = Bind<TState, TAction, GuardResult>(method, takesMeta);

    public override GuardResult Check(object state, object action, ActionMeta meta) =>
        _check((TState)state, (TAction)action, meta);
}
