using System.Reflection;

namespace BlazorSharedState.Web.Hosting;

/// <summary>
/// Where the app's router looks for pages besides this assembly: a host adds an assembly here
/// (with <c>services.Configure&lt;AppRoutingOptions&gt;</c>) to serve its own pages inside the
/// app's layout, on the same circuits and the same store.
/// </summary>
public sealed class AppRoutingOptions
{
    public IList<Assembly> AdditionalAssemblies { get; } = [];
}
