using System.Reflection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BlazorSharedState.Web.Features.Activity;

/// <summary>Registers what <c>/activity</c> needs beside the store.</summary>
public static class ActivityServiceCollectionExtensions
{
    /// <summary>
    /// Adds the <see cref="ActionSummarizer"/> and every <see cref="IActionSummaries"/> in
    /// <paramref name="assembly"/>, the way the store finds reducers: a feature adds its summaries
    /// by adding the class. Needs the store's <c>ActionLogCodec</c> (from <c>AddSharedStore</c>).
    /// </summary>
    public static IServiceCollection AddActivityLog(this IServiceCollection services, Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var summaries = assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IActionSummaries).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var type in summaries)
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(IActionSummaries), type));
        }

        services.TryAddSingleton<ActionSummarizer>();
        return services;
    }
}
