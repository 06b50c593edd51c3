namespace BlazorSharedState.E2E.Fixtures;

/// <summary>
/// Debian's Chromium, launched the one way every browser test and benchmark uses it, whichever
/// server it drives: the in-process <see cref="AppServer"/> or the child-process <see cref="AppProcess"/>.
/// </summary>
public sealed class ChromiumBrowser : IAsyncDisposable
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

    private readonly IPlaywright _playwright;

    private ChromiumBrowser(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static async Task<ChromiumBrowser> LaunchAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {ChromiumPath}. Run `./build.sh test` (it installs Debian's chromium) or set CHROMIUM_PATH.");
        }

        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = ChromiumArgs,
            });
            return new ChromiumBrowser(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>
    /// A new browser profile on the app at <paramref name="baseUrl"/>: its own cookie jar, so a new
    /// user; its clock in <paramref name="timeZoneId"/> (IANA), or the machine's.
    /// </summary>
    public async Task<AppUser> NewUserAsync(Uri baseUrl, string? timeZoneId = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            TimezoneId = timeZoneId,
        });
        return new AppUser(context);
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
