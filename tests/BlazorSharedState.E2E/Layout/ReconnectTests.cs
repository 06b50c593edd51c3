using System.Globalization;
using BlazorSharedState.E2E.Fixtures;

namespace BlazorSharedState.E2E.Layout;

/// <summary>
/// A server restart as it happens in production: the process dies without a word, open tabs stay
/// open, and they must come back on their own once it answers again. The app runs as a child
/// process (<see cref="AppProcess"/>) because the shared in-process server can't be killed.
/// </summary>
public sealed class ReconnectTests
{
    /// <summary>
    /// Tells a page it is in the background. Headless Chromium never hides a page, so this is what the
    /// page's own code sees of a background tab (the browser's slower timers for real ones aren't played).
    /// </summary>
    private const string HiddenDocument = """
        Object.defineProperty(Document.prototype, 'visibilityState', { configurable: true, get: () => 'hidden' });
        Object.defineProperty(Document.prototype, 'hidden', { configurable: true, get: () => true });
        """;

    [Fact]
    public async Task WhenTheServerIsKilledAndStartedAgain_ThenAnOpenTabComesBackByItself()
    {
        await using var app = await StartAppAsync();
        await using var chromium = await ChromiumBrowser.LaunchAsync();
        await using var user = await chromium.NewUserAsync(app.BaseUrl);
        var tab = await user.OpenAsync("counter");
        await Expect(tab.Notice(), "The reconnect notice should stay hidden while the server runs").ToBeHiddenAsync();

        await app.KillAsync();
        await ExpectNoticeAsync(tab);
        await Expect(tab.Notice(), "Waited for the notice to finish fading in").ToHaveCSSAsync("opacity", "1");
        await Artifacts.ScreenshotAsync(tab, "reconnect-notice");

        await app.RestartAsync();
        await ExpectServedAgainAsync(tab);
    }

    [Fact]
    public async Task WhenATabIsInTheBackgroundWhileTheServerRestarts_ThenItComesBackWithoutBeingShown()
    {
        await using var app = await StartAppAsync();
        await using var chromium = await ChromiumBrowser.LaunchAsync();
        await using var user = await chromium.NewUserAsync(app.BaseUrl);
        await user.Context.AddInitScriptAsync(HiddenDocument);
        var tab = await user.OpenAsync("counter");

        await app.KillAsync();
        await ExpectNoticeAsync(tab);
        await app.RestartAsync();

        await ExpectServedAgainAsync(tab);
        Assert.Equal("hidden", await tab.EvaluateAsync<string>("document.visibilityState"));
    }

    private static async Task<AppProcess> StartAppAsync()
    {
        var app = new AppProcess(new Dictionary<string, string> { ["SharedState__Log"] = "Memory" });
        try
        {
            await app.StartAsync();
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>The calm notice, with nothing to press: the server is away and the tab knows it.</summary>
    private static async Task ExpectNoticeAsync(IPage tab)
    {
        await tab.ExpectAwayAsync();
        await Expect(tab.Notice(), "Waited for the notice's calm text").ToContainTextAsync("reconnecting");
        await Expect(tab.Notice(), "Waited for the notice's calm text").ToContainTextAsync("this page will come back by itself");
        await Expect(tab.Notice().GetByRole(AriaRole.Button), "The notice should ask nothing of the user").ToHaveCountAsync(0);
    }

    /// <summary>The tab is live again without the test reloading or clicking anything, and a click is served.</summary>
    private static async Task ExpectServedAgainAsync(IPage tab)
    {
        await tab.ExpectBackAsync();

        var value = tab.GetByTestId("counter-value");
        var before = int.Parse((await value.TextContentAsync())!, CultureInfo.InvariantCulture);
        await tab.GetByTestId("counter-increment").ClickAsync();
        await Expect(value, "Waited for a click after the restart to be served")
            .ToHaveTextAsync((before + 1).ToString(CultureInfo.InvariantCulture), new() { Timeout = 10_000 });
    }
}
