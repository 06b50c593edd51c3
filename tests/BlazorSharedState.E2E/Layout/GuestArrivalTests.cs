using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BlazorSharedState.E2E.Layout;

/// <summary>
/// A fresh cookie costs a visitor nothing, so one address gets only so many new guests a minute;
/// behind a trusted proxy, the address is the visitor's, not the proxy's.
/// </summary>
public sealed class GuestArrivalTests : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _app = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("SharedState:Log", "Memory");
        builder.UseSetting("SharedState:Limits:NewGuestsPerMinute", "3");
        builder.UseSetting("SharedState:TrustedProxies", "127.0.0.1");
    });

    public GuestArrivalTests() => _app.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

    [Fact]
    public async Task WhenOneAddressBringsTooManyNewGuests_ThenTheNextIsToldToWaitAndGuestsWithACookieAreNot()
    {
        using var returning = _app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await returning.GetAsync(new Uri("counter", UriKind.Relative))).StatusCode);
        for (var i = 0; i < 2; i++)
        {
            using var newcomer = _app.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await newcomer.GetAsync(new Uri("counter", UriKind.Relative))).StatusCode);
        }

        using var oneTooMany = _app.CreateClient();
        using var refused = await oneTooMany.GetAsync(new Uri("counter", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("Too many new visitors from your network just now; try again in a minute.", await refused.Content.ReadAsStringAsync());
        Assert.Equal(TimeSpan.FromSeconds(60), refused.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, (await returning.GetAsync(new Uri("chat/general", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task WhenATrustedProxyForwardsVisitors_ThenEachAddressHasItsOwnShareAndHttpsIsSeen()
    {
        for (var visitor = 0; visitor < 4; visitor++)
        {
            using var client = _app.CreateClient();
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("counter", UriKind.Relative));
            request.Headers.Add("X-Forwarded-For", $"203.0.113.{visitor}");
            request.Headers.Add("X-Forwarded-Proto", "https");
            request.Headers.Host = "shared-state.example";

            using var response = await client.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.Contains("Strict-Transport-Security"), "HTTPS at the proxy gets HSTS");
            Assert.All(response.Headers.GetValues("Set-Cookie"), cookie => Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase));
        }
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
