using System.Reflection;

namespace BlazorSharedState.Store.Internal;

/// <summary>The default and overridden logged names of action types.</summary>
internal static class LoggedNames
{
    public static string Of(Type actionType) => actionType.GetCustomAttribute<LoggedNameAttribute>()?.Name ?? actionType.Name;
}
