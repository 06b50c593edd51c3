using BlazorSharedState.E2E.Chat;
using BlazorSharedState.E2E.Fixtures;

namespace BlazorSharedState.E2E.Activity;

[Collection(AppCollection.Name)]
public sealed class ActivityLogTests(AppServer server)
{
    [Fact]
    public async Task WhenAlicePostsAndIsRefused_ThenBobSeesHerPostLiveButNotTheRefusal_AndSheSeesWhy()
    {
        await using var alice = await server.NewUserAsync();
        await using var bob = await server.NewUserAsync();
        var bobsLog = await bob.OpenAsync("activity");
        var aliceChat = await alice.OpenAsync("chat");
        // The server's log lives for the whole run: this test's entries are the ones with its token.
        var token = Guid.NewGuid().ToString("N")[..12];

        await aliceChat.SendAsync($"hello {token}");
        var post = EntryWith(bobsLog, $"hello {token}");
        await Expect(post).ToHaveAttributeAsync("data-outcome", "accepted");
        await Expect(post).ToHaveAttributeAsync("data-type", "SendMessage");

        var reason = "A message can be at most 1,000 characters; this one has 1,013.";
        await aliceChat.SendAsync($"{token} {new string('x', 1000)}", withEnter: false);
        await Expect(aliceChat.GetByTestId("rejection")).ToHaveTextAsync(reason);
        await aliceChat.SendAsync($"after {token}");

        // Bob has Alice's next post, so the refusal before it would have arrived by now.
        await Expect(EntryWith(bobsLog, $"after {token}")).ToHaveAttributeAsync("data-outcome", "accepted");
        await Expect(EntryWith(bobsLog, $"{token} xxx")).ToHaveCountAsync(0);
        await Expect(bobsLog.Locator("[data-testid=activity-entry][data-outcome=rejected]")).ToHaveCountAsync(0);

        var alicesLog = await alice.OpenAsync("activity");
        var refusal = EntryWith(alicesLog, $"{token} xxx");
        await Expect(refusal).ToHaveAttributeAsync("data-outcome", "rejected");
        await Expect(refusal.GetByTestId("activity-reason")).ToHaveTextAsync(reason);
        await Expect(refusal).ToHaveAttributeAsync("data-user", (await post.GetAttributeAsync("data-user"))!);
        await Artifacts.ScreenshotAsync(alicesLog, "activity");
    }

    [Fact]
    public async Task WhenSomeoneFiltersByActionTypeAndOpensAnEntry_ThenOnlyThatTypeShows_AndItsDetailsOpenInADialog()
    {
        await using var alice = await server.NewUserAsync();
        var chat = await alice.OpenAsync("chat");
        var token = Guid.NewGuid().ToString("N")[..12];
        await chat.SendAsync($"filtered {token}");
        var log = await alice.OpenAsync("activity");
        var post = EntryWith(log, $"filtered {token}");
        await Expect(post).ToBeVisibleAsync();
        await Expect(log.Locator("[data-testid=activity-entry]:not([data-type=SendMessage])")).Not.ToHaveCountAsync(0);

        // The type filter's list is a popover, the details a dialog: both hosted by the page itself.
        await log.GetByTestId("activity-filter-type").ClickAsync();
        await log.Locator(".mud-popover-open .mud-list-item").GetByText("SendMessage", new() { Exact = true }).ClickAsync();
        await Expect(log.Locator("[data-testid=activity-entry]:not([data-type=SendMessage])")).ToHaveCountAsync(0);
        await Expect(post).ToBeVisibleAsync();

        await post.ClickAsync();
        await Expect(log.GetByTestId("activity-details")).ToBeVisibleAsync();
        await Expect(log.GetByTestId("activity-details-outcome")).ToHaveTextAsync("Accepted");
        await Expect(log.GetByTestId("activity-payload")).ToContainTextAsync($"filtered {token}");
    }

    private static ILocator EntryWith(IPage page, string text) =>
        page.GetByTestId("activity-entry").Filter(new() { HasText = text });
}
