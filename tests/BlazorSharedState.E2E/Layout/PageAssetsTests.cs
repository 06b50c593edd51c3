using BlazorSharedState.E2E.Fixtures;

namespace BlazorSharedState.E2E.Layout;

[Collection(AppCollection.Name)]
public sealed class PageAssetsTests(AppServer server)
{
    // Waits for the faces the page uses, then names the Roboto faces the browser loaded.
    private const string LoadedRobotoWeights = """
        async () => {
            await Promise.all(['300', '400', '500', '700'].map(w => document.fonts.load(`${w} 16px Roboto`)));
            return [...document.fonts].filter(f => f.family.replaceAll('"', '') === 'Roboto' && f.status === 'loaded').map(f => f.weight);
        }
        """;

    [Fact]
    public async Task WhenAPageLoads_ThenEveryRequestGoesToTheAppAndItsOwnRobotoIsUsed()
    {
        await using var user = await server.NewUserAsync();
        var page = await user.Context.NewPageAsync();
        var elsewhere = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(server.BaseUrl.ToString(), StringComparison.Ordinal))
            {
                elsewhere.Add(request.Url);
            }
        };

        await page.GotoAsync("chat");
        await page.GetByTestId("interactive").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        var weights = await page.EvaluateAsync<string[]>(LoadedRobotoWeights);

        Assert.Empty(elsewhere);
        Assert.Equal(["300", "400", "500", "700"], weights.Distinct().Order(StringComparer.Ordinal));
    }
}
