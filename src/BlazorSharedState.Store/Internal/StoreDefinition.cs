namespace BlazorSharedState.Store.Internal;

/// <summary>
/// Everything the scan found, validated, ready for the store to run. <see cref="ActionTypes"/>
/// lists every concrete action type the store can log: what a reducer, guard or effect takes.
/// </summary>
internal sealed record StoreDefinition(
    IReadOnlyList<FeatureDescriptor> Features,
    IReadOnlyList<ReducerBinding> Reducers,
    IReadOnlyList<GuardBinding> Guards,
    IReadOnlyList<EffectBinding> Effects,
    IReadOnlyList<Type> MiddlewareTypes,
    IReadOnlyList<Type> ActionTypes);
