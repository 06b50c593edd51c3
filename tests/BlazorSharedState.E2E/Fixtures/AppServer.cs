using System.Net;
using BlazorSharedState.LoadTest.Measuring;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorSharedState.E2E.Fixtures;

/// <summary>The real app on a real Kestrel port on 127.0.0.1, and real Chromium to drive it.</summary>
public sealed class AppServer : IAsyncLifetime
{
    private readonly WebApplicationFactory<Program> _factory;
    private readonly bool _withBrowser;
    private ChromiumBrowser? _chromium;

    public AppServer()
        : this(_ => { })
    {
    }

    // Test fixtures need one public constructor, so a changed host comes from a factory method.
    private AppServer(Action<IWebHostBuilder> configure, bool withBrowser = true)
    {
        _withBrowser = withBrowser;
        // The in-memory log: each fixture starts from an empty store, and no test writes a data folder.
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("SharedState:Log", "Memory");
            foreach (var (key, value) in LoopbackLimits.Settings)
            {
                builder.UseSetting(key, value);
            }

            configure(builder);
        });
    }

    /// <summary>The app with changes to its host, e.g. extra services or pages.</summary>
    public static AppServer With(Action<IWebHostBuilder> configure) => new(configure);

    /// <summary>The app alone, for clients that are no browser (the headless load client).</summary>
    public static AppServer WithoutBrowser() => new(_ => { }, withBrowser: false);

    /// <summary>The app alone with changes to its host, e.g. tighter limits, for headless clients.</summary>
    public static AppServer WithoutBrowser(Action<IWebHostBuilder> configure) => new(configure, withBrowser: false);

    public Uri BaseUrl { get; private set; } = default!;

    public IBrowser Browser => Chromium.Browser;

    public IServiceProvider Services => _factory.Services;

    private ChromiumBrowser Chromium => _chromium ?? throw new InvalidOperationException("Chromium starts with the server: call InitializeAsync first.");

    public async Task InitializeAsync()
    {
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseUrl = new Uri(address);
        if (_withBrowser)
        {
            _chromium = await ChromiumBrowser.LaunchAsync();
        }
    }

    /// <summary>
    /// A new browser profile: its own cookie jar, so a new user; its clock in
    /// <paramref name="timeZoneId"/> (IANA), or the machine's.
    /// </summary>
    public Task<AppUser> NewUserAsync(string? timeZoneId = null) => Chromium.NewUserAsync(BaseUrl, timeZoneId);

    public async Task DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }

        await _factory.DisposeAsync();
    }
}
