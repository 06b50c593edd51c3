namespace BlazorSharedState.Store.Internal;

/// <summary>Everything the scan found, validated, ready for the store to run.</summary>
internal sealed record StoreDefinition(
    IReadOnlyList<FeatureDescriptor> Features,
    IReadOnlyList<ReducerBinding> Reducers,
    IReadOnlyList<GuardBinding> Guards,
    IReadOnlyList<EffectBinding> Effects,
    IReadOnlyList<Type> MiddlewareTypes);
