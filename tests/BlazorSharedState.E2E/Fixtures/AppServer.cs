using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorSharedState.E2E.Fixtures;

/// <summary>The real app on a real Kestrel port on 127.0.0.1, and real Chromium to drive it.</summary>
public sealed class AppServer : IAsyncLifetime
{
    /// <summary>Debian's Chromium; override with CHROMIUM_PATH.</summary>
    private static readonly string ChromiumPath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
        // Nothing leaves the machine: every host name but the app's loopback fails to resolve.
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    ];

    private readonly WebApplicationFactory<Program> _factory;
    private IPlaywright? _playwright;

    public AppServer()
        : this(_ => { })
    {
    }

    // Test fixtures need one public constructor, so a changed host comes from a factory method.
    private AppServer(Action<IWebHostBuilder> configure)
    {
        // The in-memory log: each fixture starts from an empty store, and no test writes a data folder.
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("SharedState:Log", "Memory");
            configure(builder);
        });
    }

    /// <summary>The app with changes to its host, e.g. extra services or pages.</summary>
    public static AppServer With(Action<IWebHostBuilder> configure) => new(configure);

    public Uri BaseUrl { get; private set; } = default!;

    public IBrowser Browser { get; private set; } = default!;

    public IServiceProvider Services => _factory.Services;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {ChromiumPath}. Run `./build.sh test` (it installs Debian's chromium) or set CHROMIUM_PATH.");
        }

        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseUrl = new Uri(address);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>
    /// A new browser profile: its own cookie jar, so a new user; its clock in
    /// <paramref name="timeZoneId"/> (IANA), or the machine's.
    /// </summary>
    public async Task<AppUser> NewUserAsync(string? timeZoneId = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            TimezoneId = timeZoneId,
        });
        return new AppUser(context);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _factory.DisposeAsync();
    }
}
