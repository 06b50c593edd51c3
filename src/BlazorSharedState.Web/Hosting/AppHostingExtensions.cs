using BlazorSharedState.Store.Blazor;
using BlazorSharedState.Web.Components;
using BlazorSharedState.Web.Features.Activity;
using BlazorSharedState.Web.Features.Housekeeping;
using BlazorSharedState.Web.Features.Quotas;
using BlazorSharedState.Store;
using BlazorSharedState.Store.Blazor.Admission;
using BlazorSharedState.Web.Identity;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using MudBlazor.Services;

namespace BlazorSharedState.Web.Hosting;

/// <summary>The app's wiring, kept out of Program.cs.</summary>
internal static class AppHostingExtensions
{
    public static WebApplicationBuilder AddSharedStateApp(this WebApplicationBuilder builder)
    {
        // Package assets (MudBlazor's CSS and JS) live outside the build output until publish; only
        // Development reads their manifest by default, so a Production run from a build (./build.sh
        // run) would serve them empty. Published output has no manifest, and this does nothing there.
        builder.WebHost.UseStaticWebAssets();

        var services = builder.Services;
        services.AddSharedStateCircuits();
        services.AddMudServices();
        services.AddOptions<AppRoutingOptions>();
        services.AddSharedStore(store => store.ScanAssemblies(typeof(Program).Assembly));
        services.AddActivityLog(typeof(Program).Assembly);
        services.AddHostedService<HousekeepingService>();
        services.AddOptions<CreationLimits>().BindConfiguration(StoreLimits.SectionName);
        services.AddSingleton<IActionAdmission, AddressCreationPace>();
        builder.AddSharedStateStorage();

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = "shared-state-guest";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                // Secure whenever the page came over HTTPS; plain HTTP (localhost, tests) still works.
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromDays(365);
                options.SlidingExpiration = true;
            });
        services.AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.AddSingleton<GuestArrivals>();
        builder.AddTrustedProxies();
        services.AddAuthorization();
        services.AddCascadingAuthenticationState();
        return builder;
    }

    public static WebApplication UseSharedStateApp(this WebApplication app)
    {
        app.UseTrustedProxies();
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);

            // Sent only on HTTPS responses (and never for localhost), so plain-HTTP runs are untouched.
            app.UseHsts();
        }

        app.MapSharedStateHealth();
        app.UseStatusCodePagesWithReExecute("/not-found");
        app.UseAppWebRoot(app.Configuration);
        app.UseAuthentication();
        app.UseMiddleware<GuestSignInMiddleware>();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets();
        var routing = app.Services.GetRequiredService<IOptions<AppRoutingOptions>>().Value;
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode(options => options.ContentSecurityFrameAncestorsPolicy = null)
            .AddAdditionalAssemblies([.. routing.AdditionalAssemblies]);
        return app;
    }
}
