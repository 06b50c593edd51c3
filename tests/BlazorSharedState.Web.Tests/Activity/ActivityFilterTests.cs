using BlazorSharedState.Web.Features.Chat;
using BlazorSharedState.Web.Features.Counter;
using BlazorSharedState.Web.Features.Profiles;
using BlazorSharedState.Web.Tests.Chat;
using BlazorSharedState.Web.Tests.Fixtures;

namespace BlazorSharedState.Web.Tests.Activity;

/// <summary>The filters narrow what is loaded and what arrives live alike.</summary>
public sealed class ActivityFilterTests : IAsyncDisposable
{
    private readonly SharedStoreTestHost _shared = AppHost.Start();

    [Fact]
    public async Task WhenFilteredToOneAction_ThenOnlyThoseShowLoadedOrLive()
    {
        await _shared.DispatchAsync(new SendMessage("general", "one"), "alice");
        await _shared.DispatchAsync(new IncrementCounter(), "bob");
        var page = _shared.OpenActivity("carol");

        await page.SelectTypeAsync("SendMessage");
        page.WaitForAssertion(() => Assert.Equal([1], page.Sequences()));

        await _shared.DispatchAsync(new IncrementCounter(), "bob");
        await _shared.DispatchAsync(new SendMessage("general", "two"), "bob");
        page.WaitForAssertion(() => Assert.Equal([4, 1], page.Sequences()));
        Assert.Equal((1, 4, 4, 2), page.Range());
    }

    [Fact]
    public async Task WhenFilteredByName_ThenOnlyThatUsersActionsShowAndTheNameIsLive()
    {
        await _shared.DispatchAsync(new SendMessage("general", "one"), "alice");
        await _shared.DispatchAsync(new IncrementCounter(), "bob");
        var page = _shared.OpenActivity("carol");

        // Guest names ("Guest BOB") match in any case.
        await page.FilterUserAsync("guest bob");
        page.WaitForAssertion(() => Assert.Equal([2], page.Sequences()));

        await _shared.DispatchAsync(new SetNickname("Robert"), "bob");
        await _shared.DispatchAsync(new IncrementCounter(), "alice");
        page.WaitForAssertion(() => Assert.Empty(page.Sequences()));

        await page.FilterUserAsync("rob");
        page.WaitForAssertion(() => Assert.Equal([3, 2], page.Sequences()));
        Assert.Equal(["Robert", "Robert"], page.TextsOf("activity-user"));
    }

    public ValueTask DisposeAsync() => _shared.DisposeAsync();
}
