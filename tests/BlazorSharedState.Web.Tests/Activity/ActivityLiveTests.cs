using BlazorSharedState.Web.Components.Time;
using BlazorSharedState.Web.Features.Activity;
using BlazorSharedState.Web.Features.Chat;
using BlazorSharedState.Web.Features.Counter;
using BlazorSharedState.Web.Features.Game;
using BlazorSharedState.Web.Features.Profiles;
using BlazorSharedState.Web.Tests.Chat;
using BlazorSharedState.Web.Tests.Fixtures;

namespace BlazorSharedState.Web.Tests.Activity;

/// <summary>/activity follows the log live, in its order, for several users at once.</summary>
public sealed class ActivityLiveTests : IAsyncDisposable
{
    private readonly SharedStoreTestHost _shared = AppHost.Start();

    [Fact]
    public async Task WhenSeveralUsersAct_ThenEachActionAppearsLiveNewestFirstWithItsAuthorAndSummary()
    {
        var page = _shared.OpenActivity("carol");
        Assert.Equal("Nothing here yet.", page.Find("[data-testid=activity-empty]").TextContent.Trim());

        await _shared.DispatchAsync(new SendMessage("general", "hello"), "alice");
        await _shared.DispatchAsync(new IncrementCounter(), "bob");
        await _shared.DispatchAsync(new SetNickname("Alice"), "alice");
        await _shared.DispatchAsync(new CreateTable(), "bob");

        page.WaitForAssertion(() => Assert.Equal([4, 3, 2, 1], page.Sequences()));
        Assert.Equal(["CreateTable", "SetNickname", "IncrementCounter", "SendMessage"], page.AttributesOf("activity-entry", "data-type"));
        Assert.Equal(["bob", "alice", "bob", "alice"], page.AttributesOf("activity-entry", "data-user"));
        Assert.All(page.AttributesOf("activity-entry", "data-outcome"), outcome => Assert.Equal("accepted", outcome));
        // Names are live: Alice's post from before her rename shows her new name.
        Assert.Equal([ProfilesState.GuestName("bob"), "Alice", ProfilesState.GuestName("bob"), "Alice"], page.TextsOf("activity-user"));
        Assert.Equal(
            ["created table 4", "is now called Alice", "+1 on the counter", "posted in #general: hello"],
            page.TextsOf("activity-summary"));
    }

    [Fact]
    public async Task WhenAMessageContainsMarkup_ThenItsSummaryShowsItAsText()
    {
        var page = _shared.OpenActivity("carol");

        await _shared.DispatchAsync(new SendMessage("general", "<b>bold</b><script>alert(1)</script>"), "alice");

        page.WaitForAssertion(() => Assert.Contains("posted in #general: <b>bold</b><script>alert(1)</script>", page.TextsOf("activity-summary")));
        Assert.Empty(page.FindAll("[data-testid=activity-list] b, [data-testid=activity-list] script"));
    }

    [Fact]
    public async Task WhenManyUsersActInABurst_ThenThePageRendersAFewTimesAndListsEveryActionInOrder()
    {
        var page = _shared.OpenActivityCircuit("carol").Render<CountingActivityPage>().WhenLoaded();
        var rendersBefore = page.Instance.Renders;

        string[] users = ["alice", "bob", "dave"];
        await Task.WhenAll(users.Select(user => Task.Run(async () =>
        {
            for (var i = 0; i < 150; i++)
            {
                await _shared.DispatchAsync(new IncrementCounter(), user);
            }
        })));

        page.WaitForAssertion(() => Assert.Equal((1, 450, 450, 450), page.Range()), TimeSpan.FromSeconds(5));
        var top = page.Sequences();
        Assert.Equal(ActivityCircuits.Descending(450, top.Length), top);
        var renders = page.Instance.Renders - rendersBefore;
        Assert.True(renders < 30, $"450 actions should render in a few batches, not one by one; the page rendered {renders} times.");
    }

    [Fact]
    public async Task WhenMoreActionsArriveThanATabKeeps_ThenTheOldestGoAndShowOlderReadsThemAgain()
    {
        var page = _shared.OpenActivity("carol");

        for (var i = 0; i < 600; i++)
        {
            _shared.Store.Dispatch(new IncrementCounter(), new("bob", "bob-tab"));
        }

        await _shared.DispatchAsync(new IncrementCounter(), "bob");
        page.WaitForAssertion(() => Assert.Equal((102, 601, ActivityList.LiveCapacity, ActivityList.LiveCapacity), page.Range()), TimeSpan.FromSeconds(5));
        Assert.Equal(601, page.Sequences()[0]);

        await page.ClickAsync("[data-testid=activity-older]");

        page.WaitForAssertion(() => Assert.Equal((1, 601, 601, 601), page.Range()), TimeSpan.FromSeconds(5));
        Assert.Single(page.FindAll("[data-testid=activity-start]"));
    }

    [Fact]
    public async Task WhenReadInAnotherZone_ThenTimesAreOnTheReadersClock()
    {
        // The store's clock reads 2026-01-01 12:00 UTC: 21:00 in Tokyo.
        await _shared.DispatchAsync(new IncrementCounter(), "alice");

        var page = _shared.OpenActivityCircuit("bob").Render<ActivityPage>(p => p.AddCascadingValue(ViewerTimeZone.FromBrowser("Asia/Tokyo"))).WhenLoaded();

        Assert.Equal(["21:00:00"], page.TextsOf("activity-time"));
    }

    [Fact]
    public async Task WhenTheTabsClose_ThenTheStoreHoldsNoSubscriptionOfTheirs()
    {
        _shared.OpenActivity("alice");
        _shared.OpenActivity("bob");
        Assert.True(_shared.Store.SubscriptionCount >= 2);

        await _shared.DisposeAsync();

        Assert.Equal(0, _shared.Store.SubscriptionCount);
    }

    public ValueTask DisposeAsync() => _shared.DisposeAsync();
}
