using BlazorSharedState.Benchmarks.Baseline;
using BlazorSharedState.E2E.Fixtures;
using BlazorSharedState.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorSharedState.Benchmarks.Hosting;

/// <summary>
/// The app on Kestrel with the baseline pages added to its router (<c>/baseline/chat/{room}</c>,
/// <c>/baseline/counter</c>) and their singletons registered: one server hosts both, inside the
/// app's layout. S5 and S6 drive it with Chromium; the serve mode runs it for the load program.
/// </summary>
internal static class AppWithBaseline
{
    /// <summary>With Chromium, for the browser scenarios.</summary>
    public static AppServer WithBrowser(string repositoryRoot)
    {
        UseAppContentRoot(repositoryRoot);
        return AppServer.With(AddBaseline);
    }

    /// <summary>Without a browser, in <paramref name="environment"/>, for clients that are no browser.</summary>
    public static AppServer WithoutBrowser(string repositoryRoot, string environment)
    {
        UseAppContentRoot(repositoryRoot);
        return AppServer.WithoutBrowser(web =>
        {
            AddBaseline(web);
            // The test host starts the app in Development unless told otherwise.
            web.UseEnvironment(environment);
        });
    }

    private static void AddBaseline(IWebHostBuilder web) => web.ConfigureServices(services =>
    {
        services.AddSingleton<EventChatService>();
        services.AddSingleton<EventCounterService>();
        services.Configure<AppRoutingOptions>(o => o.AdditionalAssemblies.Add(typeof(EventChatPage).Assembly));
    });

    // The test host finds the app's content root from the test assembly's metadata; this harness
    // is no test assembly, so it says where the app lives.
    private static void UseAppContentRoot(string repositoryRoot) =>
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_BLAZORSHAREDSTATE_WEB",
            Path.Combine(repositoryRoot, "src", "BlazorSharedState.Web"));
}
