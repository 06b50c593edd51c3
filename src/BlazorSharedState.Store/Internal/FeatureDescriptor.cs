namespace BlazorSharedState.Store.Internal;

/// <summary>A discovered <see cref="FeatureStateAttribute"/> type.</summary>
internal sealed record FeatureDescriptor(Type StateType, string Name)
{
    public object CreateInitialState() =>
        Activator.CreateInstance(StateType, nonPublic: true)
        ?? throw new InvalidOperationException($"Feature state {StateType} could not be created.");
}
