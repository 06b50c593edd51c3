using BlazorSharedState.E2E.Fixtures;

namespace BlazorSharedState.E2E.Counter;

[Collection(AppCollection.Name)]
public sealed class CounterSyncTests(AppServer server)
{
    [Fact]
    public async Task WhenThreeTabsOfOneUserAndATabOfAnotherClick_ThenEveryTabShowsTheSameExactCount()
    {
        await using var alice = await server.NewUserAsync();
        await using var bob = await server.NewUserAsync();
        IPage[] aliceTabs = [await alice.OpenAsync("counter"), await alice.OpenAsync("counter"), await alice.OpenAsync("counter")];
        var bobTab = await bob.OpenAsync("counter");
        IPage[] tabs = [.. aliceTabs, bobTab];

        await bobTab.GetByTestId("counter-reset").ClickAsync();
        await ExpectCountEverywhere(tabs, 0);

        // A click in any tab is seen in all.
        for (var i = 0; i < tabs.Length; i++)
        {
            await tabs[i].GetByTestId("counter-increment").ClickAsync();
            await ExpectCountEverywhere(tabs, i + 1);
        }

        // 50 rapid clicks spread over the tabs, racing each other.
        await Task.WhenAll(tabs.Select((tab, t) => ClickRepeatedlyAsync(tab, t < 2 ? 13 : 12)));
        await ExpectCountEverywhere(tabs, tabs.Length + 50);

        // All of Alice's tabs are Alice; Bob is someone else.
        var aliceName = await aliceTabs[0].GetByTestId("me-name").TextContentAsync();
        foreach (var tab in aliceTabs)
        {
            await Expect(tab.GetByTestId("me-name")).ToHaveTextAsync(aliceName!);
        }

        await Expect(bobTab.GetByTestId("me-name")).Not.ToHaveTextAsync(aliceName!);
        await Artifacts.ScreenshotAsync(bobTab, "counter");
    }

    private static async Task ClickRepeatedlyAsync(IPage tab, int clicks)
    {
        for (var i = 0; i < clicks; i++)
        {
            await tab.GetByTestId("counter-increment").ClickAsync();
        }
    }

    private static async Task ExpectCountEverywhere(IEnumerable<IPage> tabs, int expected)
    {
        foreach (var tab in tabs)
        {
            await Expect(tab.GetByTestId("counter-value")).ToHaveTextAsync(expected.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
