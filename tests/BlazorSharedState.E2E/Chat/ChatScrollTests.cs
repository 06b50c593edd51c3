using BlazorSharedState.E2E.Fixtures;

namespace BlazorSharedState.E2E.Chat;

[Collection(AppCollection.Name)]
public sealed class ChatScrollTests(AppServer server)
{
    [Fact]
    public async Task WhenMessagesOverflowTheList_ThenTheNewestStaysInViewUnlessIScrolledUp()
    {
        await using var scene = await ChatRoomScene.OpenAsync(server);
        await using var carol = await server.NewUserAsync();
        var (aliceTab, bobTab) = (scene.AliceTab, scene.BobTab);
        var carolTab = await carol.OpenAsync($"chat/{scene.Room}");

        // Five each keeps within the flood limit; ten messages are more than the list can show.
        for (var i = 1; i <= 5; i++)
        {
            await bobTab.SendAsync($"bob {i}");
            await carolTab.SendAsync($"carol {i}");
        }

        var messages = aliceTab.GetByTestId("chat-message");
        await Expect(messages).ToHaveCountAsync(10);
        await Expect(messages.Last).ToBeInViewportAsync();
        await Expect(messages.First).Not.ToBeInViewportAsync();

        // Someone reading history is not pulled down by a new message.
        await messages.First.ScrollIntoViewIfNeededAsync();
        var readingAt = await TopOfAsync(messages.First);
        await aliceTab.SendAsync("alice 1");
        await Expect(messages).ToHaveCountAsync(11);
        await Expect(messages.First).ToBeInViewportAsync();
        await Expect(messages.Last).Not.ToBeInViewportAsync();
        Assert.Equal(readingAt, await TopOfAsync(messages.First), precision: 0);

        // Back at the bottom, the list follows again.
        await messages.Last.ScrollIntoViewIfNeededAsync();
        await aliceTab.SendAsync("alice 2");
        await Expect(messages).ToHaveCountAsync(12);
        await Expect(messages.Last).ToContainTextAsync("alice 2");
        await Expect(messages.Last).ToBeInViewportAsync();
    }

    private static async Task<double> TopOfAsync(ILocator element)
    {
        var box = await element.BoundingBoxAsync() ?? throw new InvalidOperationException("The message is not laid out.");
        return box.Y;
    }
}
