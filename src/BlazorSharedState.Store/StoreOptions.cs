using System.Reflection;

namespace BlazorSharedState.Store;

/// <summary>Tells the store where to find features, reducers, guards, effects and middleware.</summary>
public sealed class StoreOptions
{
    private readonly HashSet<Type> _types = [];

    internal IReadOnlyCollection<Type> Types => _types;

    /// <summary>Scans every type of the given assemblies.</summary>
    public StoreOptions ScanAssemblies(params Assembly[] assemblies)
    {
        ArgumentNullException.ThrowIfNull(assemblies);
        foreach (var assembly in assemblies)
        {
            _types.UnionWith(assembly.GetTypes());
        }

        return this;
    }

    /// <summary>Scans only the given types (and their nested types).</summary>
    public StoreOptions ScanTypes(params Type[] types)
    {
        ArgumentNullException.ThrowIfNull(types);
        foreach (var type in types)
        {
            _types.Add(type);
            _types.UnionWith(type.GetNestedTypes(BindingFlags.Public | BindingFlags.NonPublic));
        }

        return this;
    }
}
