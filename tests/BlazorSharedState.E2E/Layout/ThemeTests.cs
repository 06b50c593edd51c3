using BlazorSharedState.E2E.Fixtures;

namespace BlazorSharedState.E2E.Layout;

/// <summary>The light theme comes with the page, once; a tab switched to dark mode carries its own.</summary>
[Collection(AppCollection.Name)]
public sealed class ThemeTests(AppServer server)
{
    private const string Background = "() => getComputedStyle(document.documentElement).getPropertyValue('--mud-palette-background').trim()";

    private const string ThemeStyles = "() => [...document.querySelectorAll('style')].filter(s => s.textContent.includes('--mud-palette-primary:')).length";

    [Fact]
    public async Task WhenATabTogglesDarkMode_ThenItsColoursChangeAndComeBack_AndALightTabHoldsTheThemeOnce()
    {
        await using var user = await server.NewUserAsync();
        var page = await user.OpenAsync("counter");
        var light = await page.EvaluateAsync<string>(Background);
        Assert.Equal(1, await page.EvaluateAsync<int>(ThemeStyles));

        await page.GetByLabel("Toggle dark mode").ClickAsync();
        await page.WaitForFunctionAsync($"light => ({Background})() !== light", light);
        var dark = await page.EvaluateAsync<string>(Background);

        await page.GetByLabel("Toggle dark mode").ClickAsync();
        await page.WaitForFunctionAsync($"light => ({Background})() === light", light);

        Assert.NotEqual(light, dark);
        Assert.Equal(1, await page.EvaluateAsync<int>(ThemeStyles));
    }
}
