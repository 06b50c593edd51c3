using System.Text.RegularExpressions;
using BlazorSharedState.E2E.Fixtures;

namespace BlazorSharedState.E2E.Layout;

/// <summary>
/// The navigation drawer behaves as MudBlazor's responsive drawer: docked beside the page on a wide
/// window, hidden on a narrow one until opened, then laid over the page until a link or the overlay
/// is clicked.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class DrawerTests(AppServer server)
{
    [Fact]
    public async Task WhenTheWindowIsWide_ThenTheDrawerIsDockedBesideThePage_AndTheMenuButtonClosesAndReopensIt()
    {
        await using var user = await server.NewUserAsync();
        var page = await user.OpenAsync("counter");
        var counterLink = CounterLink(page);
        await Expect(counterLink).ToBeInViewportAsync();
        var docked = await ContentMarginAsync(page);

        await page.GetByLabel("Toggle navigation").ClickAsync();
        await Expect(page.Locator("aside.mud-drawer")).ToHaveClassAsync(ClosedDrawer());
        await Expect(counterLink).Not.ToBeInViewportAsync();
        await Expect(page.Locator(".mud-main-content")).ToHaveCSSAsync("margin-left", "0px");
        await Expect(page.Locator(".mud-drawer-overlay")).Not.ToBeVisibleAsync();

        await page.GetByLabel("Toggle navigation").ClickAsync();
        await Expect(counterLink).ToBeInViewportAsync();
        await Expect(page.Locator(".mud-main-content")).ToHaveCSSAsync("margin-left", docked);
        Assert.NotEqual("0px", docked);
    }

    [Fact]
    public async Task WhenTheWindowIsNarrow_ThenTheDrawerOpensOverThePage_AndALinkOrTheOverlayClosesIt()
    {
        await using var user = await server.NewUserAsync();
        var page = await user.OpenAsync("counter");
        await page.SetViewportSizeAsync(600, 800);
        var counterLink = CounterLink(page);
        var overlay = page.Locator(".mud-drawer-overlay");
        await Expect(counterLink).Not.ToBeVisibleAsync();
        await Expect(page.Locator(".mud-main-content")).ToHaveCSSAsync("margin-left", "0px");

        await page.GetByLabel("Toggle navigation").ClickAsync();
        await Expect(counterLink).ToBeInViewportAsync();
        await Expect(overlay).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Chat", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(ChatUrl());
        await Expect(counterLink).Not.ToBeInViewportAsync();
        await Expect(overlay).Not.ToBeVisibleAsync();

        await page.GetByLabel("Toggle navigation").ClickAsync();
        await Expect(counterLink).ToBeInViewportAsync();
        await overlay.ClickAsync(new() { Position = new() { X = 500, Y = 400 } });
        await Expect(counterLink).Not.ToBeInViewportAsync();
        await Expect(overlay).Not.ToBeVisibleAsync();
    }

    private static ILocator CounterLink(IPage page) => page.Locator("aside").GetByRole(AriaRole.Link, new() { Name = "Counter", Exact = true });

    private static Task<string> ContentMarginAsync(IPage page) =>
        page.Locator(".mud-main-content").EvaluateAsync<string>("e => getComputedStyle(e).marginLeft");

    [GeneratedRegex("mud-drawer--closed")]
    private static partial Regex ClosedDrawer();

    [GeneratedRegex("/chat")]
    private static partial Regex ChatUrl();
}
