using Microsoft.Extensions.FileProviders;

namespace BlazorSharedState.Web.Hosting;

/// <summary>
/// Serves the repository's top-level wwwroot/ (copied beside the binaries as webroot/).
/// Framework and MudBlazor assets still come from MapStaticAssets.
/// </summary>
internal static class AppWebRoot
{
    /// <summary>Configuration key that points at another folder, e.g. while editing CSS live.</summary>
    public const string PathKey = "AppWebRoot";

    public static IApplicationBuilder UseAppWebRoot(this IApplicationBuilder app, IConfiguration configuration)
    {
        var root = configuration[PathKey] ?? Path.Combine(AppContext.BaseDirectory, "webroot");
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"The app's web root was not found at {root}; build the project, or set {PathKey}.");
        }

        return app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(root) });
    }
}
