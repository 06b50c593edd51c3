using BlazorSharedState.Web.Features.Chat;
using BlazorSharedState.Web.Features.Counter;
using BlazorSharedState.Web.Tests.Chat;
using BlazorSharedState.Web.Tests.Fixtures;

namespace BlazorSharedState.Web.Tests.Activity;

/// <summary>"Show older" reads the log a window at a time, never all of it, however the page is filtered.</summary>
public sealed class ActivityPagingTests : IAsyncDisposable
{
    private readonly SharedStoreTestHost _shared = AppHost.Start();

    [Fact]
    public async Task WhenTheLogIsLong_ThenThePageReadsTheNewestWindowAndShowOlderReachesBackToTheStart()
    {
        await DispatchIncrementsAsync(700);

        var page = _shared.OpenActivity("carol");
        Assert.Equal((501, 700, 200, 200), page.Range());
        Assert.Equal(700, page.Sequences()[0]);

        await page.ClickAsync("[data-testid=activity-older]");
        page.WaitForAssertion(() => Assert.Equal((301, 700, 400, 400), page.Range()), TimeSpan.FromSeconds(5));

        await page.ClickAsync("[data-testid=activity-older]");
        page.WaitForAssertion(() => Assert.Equal((101, 700, 600, 600), page.Range()), TimeSpan.FromSeconds(5));
        await page.ClickAsync("[data-testid=activity-older]");
        page.WaitForAssertion(() => Assert.Equal((1, 700, 700, 700), page.Range()), TimeSpan.FromSeconds(5));
        Assert.Empty(page.FindAll("[data-testid=activity-older]"));
        Assert.Equal("This is where the log begins.", page.Find("[data-testid=activity-start]").TextContent);
    }

    [Fact]
    public async Task WhenTheFilterMatchesOnlyOldActions_ThenShowOlderKeepsReadingUntilItFindsThem()
    {
        await _shared.DispatchAsync(new SendMessage("general", "long ago"), "alice");
        await DispatchIncrementsAsync(450);
        var page = _shared.OpenActivity("carol");
        Assert.Equal((252, 451, 200, 200), page.Range());

        await page.SelectTypeAsync("SendMessage");
        page.WaitForAssertion(() => Assert.Equal(
            "Nothing loaded matches these filters. Show older to look further back.", page.Find("[data-testid=activity-empty]").TextContent.Trim()));

        await page.ClickAsync("[data-testid=activity-older]");

        page.WaitForAssertion(() => Assert.Equal(["posted in #general: long ago"], page.TextsOf("activity-summary")), TimeSpan.FromSeconds(5));
        Assert.Equal((1, 451, 451, 1), page.Range());
    }

    /// <summary>Logs <paramref name="count"/> actions of Bob's and waits until they are applied.</summary>
    private async Task DispatchIncrementsAsync(int count)
    {
        for (var i = 1; i < count; i++)
        {
            _shared.Store.Dispatch(new IncrementCounter(), new("bob", "bob-tab"));
        }

        // Actions are applied in order: once the last is answered, all of them are.
        await _shared.DispatchAsync(new IncrementCounter(), "bob");
    }

    public ValueTask DisposeAsync() => _shared.DisposeAsync();
}
