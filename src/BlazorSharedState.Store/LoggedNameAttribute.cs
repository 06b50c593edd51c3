namespace BlazorSharedState.Store;

/// <summary>
/// The name an action type is logged under, instead of its type name. Logged names are how a
/// restarted server reads its history back, so renaming or moving the type must keep it.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class LoggedNameAttribute(string name) : Attribute
{
    /// <summary>The stable name.</summary>
    public string Name { get; } = name;
}
