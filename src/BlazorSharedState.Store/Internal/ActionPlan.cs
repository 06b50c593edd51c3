namespace BlazorSharedState.Store.Internal;

/// <summary>What the loop does for one concrete action type; built once, then reused.</summary>
internal sealed class ActionPlan(string actionName, GuardBinding[] guards, ReducerBinding[] reducers, EffectBinding[] effects)
{
    public string ActionName { get; } = actionName;

    public GuardBinding[] Guards { get; } = guards;

    /// <summary>Reducers ordered by feature, so one feature's reducers chain.</summary>
    public ReducerBinding[] Reducers { get; } = reducers;

    public EffectBinding[] Effects { get; } = effects;

    public static ActionPlan For(Type actionType, StoreDefinition definition) => new(
        actionType.Name,
        [.. definition.Guards.Where(g => g.ActionType.IsAssignableFrom(actionType))],
        [.. definition.Reducers.Where(r => r.ActionType.IsAssignableFrom(actionType)).OrderBy(r => r.FeatureIndex)],
        [.. definition.Effects.Where(e => e.ActionType.IsAssignableFrom(actionType))]);
}
