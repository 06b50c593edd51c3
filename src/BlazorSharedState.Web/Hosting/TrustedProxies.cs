using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace BlazorSharedState.Web.Hosting;

/// <summary>
/// Behind a reverse proxy the app sees the proxy's address and plain HTTP. With
/// <c>SharedState:TrustedProxies</c> (addresses or networks, comma-separated) it takes the client's
/// address and scheme from the <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> those proxies send:
/// per-address limits then count visitors rather than the proxy, and HTTPS gets HSTS and Secure cookies.
/// Nobody else's forwarded headers are believed.
/// </summary>
internal static class TrustedProxies
{
    public const string Key = "SharedState:TrustedProxies";

    public static WebApplicationBuilder AddTrustedProxies(this WebApplicationBuilder builder)
    {
        var trusted = Parse(builder.Configuration[Key]);
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var network in trusted)
            {
                options.KnownIPNetworks.Add(network);
            }
        });
        return builder;
    }

    public static WebApplication UseTrustedProxies(this WebApplication app)
    {
        if (Parse(app.Configuration[Key]).Count > 0)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }

    private static List<System.Net.IPNetwork> Parse(string? value) =>
        [.. (value ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(entry =>
            System.Net.IPNetwork.TryParse(entry, out var network) ? network
            : IPAddress.TryParse(entry, out var address) ? new System.Net.IPNetwork(address, address.GetAddressBytes().Length * 8)
            : throw new InvalidOperationException($"{Key} has \"{entry}\", which is neither an IP address nor a network such as 10.0.0.0/8."))];
}
