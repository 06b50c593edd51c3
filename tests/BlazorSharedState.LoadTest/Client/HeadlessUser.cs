using System.Net;

namespace BlazorSharedState.LoadTest.Client;

/// <summary>
/// One browser profile without a browser: its own cookie jar, so the app signs it in as its own
/// guest on the first page it asks for, and all its tabs are that one user.
/// </summary>
internal sealed class HeadlessUser : IDisposable
{
    private readonly HttpClient _http;

    public HeadlessUser(Uri baseUrl)
    {
        BaseUrl = baseUrl;
        _http = new HttpClient(new SocketsHttpHandler { CookieContainer = Cookies, UseCookies = true }) { BaseAddress = baseUrl };
    }

    public Uri BaseUrl { get; }

    public CookieContainer Cookies { get; } = new();

    /// <summary>Loads <paramref name="path"/> as a tab would and starts its circuit; returns once the page is interactive.</summary>
    public async Task<HeadlessTab> OpenAsync(string path, HeadlessTabOptions? options = null, CancellationToken cancellation = default)
    {
        var address = new Uri(BaseUrl, path);
        var html = await _http.GetStringAsync(address, cancellation);
        var tab = new HeadlessTab(this, PrerenderedPage.Parse(address, html), options ?? new HeadlessTabOptions());
        try
        {
            await tab.StartAsync(cancellation);
            return tab;
        }
        catch
        {
            await tab.DisposeAsync();
            throw;
        }
    }

    /// <summary>What <c>navigator.sendBeacon('_blazor/disconnect')</c> sends when a tab closes: the server frees the circuit at once.</summary>
    internal async Task SendDisconnectAsync(string circuitSecret)
    {
        using var form = new FormUrlEncodedContent([new KeyValuePair<string, string>("circuitId", circuitSecret)]);
        using var response = await _http.PostAsync(new Uri("_blazor/disconnect", UriKind.Relative), form);
    }

    public void Dispose() => _http.Dispose();
}
