namespace BlazorSharedState.Store;

/// <summary>
/// Marks an immutable record as the state of one feature. The store creates the initial
/// state with the type's parameterless constructor (it may be private).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class FeatureStateAttribute : Attribute
{
    /// <summary>A display name for logs and metrics; defaults to the type's name.</summary>
    public string? Name { get; set; }
}
