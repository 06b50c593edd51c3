using BlazorSharedState.E2E.Fixtures;
using BlazorSharedState.E2E.Game;

namespace BlazorSharedState.E2E.Layout;

/// <summary>
/// The app runs under its Content-Security-Policy: every demo loads, goes interactive and works
/// without the browser blocking anything, and each page says so in its headers.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class SecurityHeadersTests(AppServer server)
{
    // Collected from the first script on: a violation during the page's own start counts too.
    private const string RecordViolations = """
        window.cspViolations = [];
        document.addEventListener('securitypolicyviolation',
            e => window.cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI}`));
        """;

    [Theory]
    [InlineData("counter")]
    [InlineData("chat/general")]
    [InlineData("game")]
    [InlineData("activity")]
    public async Task WhenADemoLoads_ThenItCarriesTheSecurityHeadersAndTheBrowserBlocksNothing(string path)
    {
        await using var user = await server.NewUserAsync();
        await user.Context.AddInitScriptAsync(RecordViolations);
        var page = await user.Context.NewPageAsync();
        var consoleViolations = RecordConsoleViolations(page);

        var response = await page.GotoAsync(path);
        await Expect(page.GetByTestId("interactive")).ToBeAttachedAsync(new() { Timeout = 30_000 });

        var headers = await response!.AllHeadersAsync();
        Assert.Contains("script-src 'self';", headers["content-security-policy"], StringComparison.Ordinal);
        Assert.Equal("nosniff", headers["x-content-type-options"]);
        Assert.Equal("strict-origin-when-cross-origin", headers["referrer-policy"]);
        await ExpectNoViolationsAsync(page, consoleViolations);
    }

    [Fact]
    public async Task WhenPeoplePlayAndCountUnderThePolicy_ThenTheCircuitWorksAndNothingIsBlocked()
    {
        await using var user = await server.NewUserAsync();
        await user.Context.AddInitScriptAsync(RecordViolations);
        var (table, _) = await GameTablePages.CreateTableAsync(user);
        var consoleViolations = RecordConsoleViolations(table);

        await table.GetByTestId("seat-red").ClickAsync();
        await Expect(table.GetByTestId("seat-red-player")).ToContainTextAsync("(you)");
        var counter = await user.OpenAsync("counter");
        var before = int.Parse(await counter.GetByTestId("counter-value").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        await counter.GetByTestId("counter-increment").ClickAsync();
        await Expect(counter.GetByTestId("counter-value")).Not.ToHaveTextAsync($"{before}");

        await ExpectNoViolationsAsync(table, consoleViolations);
        await ExpectNoViolationsAsync(counter, []);

        // The policy is really enforced and really watched: an injected inline script is refused and reported.
        await counter.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.injected = true'; document.body.append(s); }");
        await Expect(counter.GetByTestId("counter-value")).ToBeVisibleAsync();
        Assert.Equal(["script-src-elem blocked inline"], await counter.EvaluateAsync<string[]>("window.cspViolations"));
        Assert.False(await counter.EvaluateAsync<bool>("window.injected === true"));
    }

    private static List<string> RecordConsoleViolations(IPage page)
    {
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };
        return violations;
    }

    private static async Task ExpectNoViolationsAsync(IPage page, List<string> consoleViolations)
    {
        Assert.Empty(await page.EvaluateAsync<string[]>("window.cspViolations"));
        Assert.Empty(consoleViolations);
    }
}
