using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BlazorSharedState.E2E.Layout;

/// <summary>
/// What the app promises a browser in production: HSTS and Secure cookies when it is served over
/// HTTPS, and neither when it isn't (plain HTTP on a laptop must keep working).
/// </summary>
public sealed class HostingDefaultsTests : IAsyncLifetime
{
    private readonly WebApplicationFactory<Program> _production = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("SharedState:Log", "Memory");
    });

    [Fact]
    public async Task WhenAPageIsServedOverHttps_ThenItCarriesHstsAndItsCookiesAreSecure()
    {
        using var client = Client("https://shared-state.example/");

        using var response = await client.GetAsync(new Uri("counter", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("max-age=", string.Join(';', response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.Contains(cookies, cookie => cookie.StartsWith("shared-state-guest", StringComparison.Ordinal));
        Assert.All(cookies, cookie => Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task WhenAPageIsServedOverPlainHttp_ThenThereIsNoHstsAndTheCookiesStillWork()
    {
        using var client = Client("http://shared-state.example/");

        using var response = await client.GetAsync(new Uri("counter", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        Assert.All(response.Headers.GetValues("Set-Cookie"), cookie => Assert.DoesNotContain("; secure", cookie, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task WhenAPageIsServedInProduction_ThenEveryStylesheetAndScriptItLinksIsServedWithContent()
    {
        using var client = Client("http://shared-state.example/");
        var page = await client.GetStringAsync(new Uri("chat/general", UriKind.Relative));
        var assets = Regex.Matches(page, "<(?:link rel=\"stylesheet\" href|script src)=\"(?<path>[^\"]+)\"").Select(m => m.Groups["path"].Value).ToList();
        Assert.Contains(assets, path => path.StartsWith("_content/MudBlazor/", StringComparison.Ordinal));

        foreach (var asset in assets)
        {
            using var response = await client.GetAsync(new Uri(asset, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 0, $"{asset} was served empty.");
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _production.DisposeAsync();

    private HttpClient Client(string baseAddress) =>
        _production.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(baseAddress), AllowAutoRedirect = false });
}
