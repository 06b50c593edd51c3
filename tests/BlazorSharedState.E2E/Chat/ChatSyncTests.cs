using BlazorSharedState.E2E.Fixtures;

namespace BlazorSharedState.E2E.Chat;

[Collection(AppCollection.Name)]
public sealed class ChatSyncTests(AppServer server)
{
    [Fact]
    public async Task WhenTwoUsersChatAndOneHasTwoTabs_ThenEveryTabSeesEveryMessageAndUnreadRisesAndClearsInBothReaderTabs()
    {
        await using var alice = await server.NewUserAsync();
        await using var bob = await server.NewUserAsync();
        var (aliceName, bobName) = (ChatTabs.NewPersonName("Alice"), ChatTabs.NewPersonName("Bob"));
        var (bobTab, room) = await bob.OpenNewRoomAsync(bobName);
        IPage[] aliceTabs = [await alice.OpenAsync("chat"), await alice.OpenAsync("chat")];
        await aliceTabs[0].SetNicknameAsync(aliceName);

        // Alice reads #general in both tabs while Bob writes in the new room: both her badges rise.
        await bobTab.SendAsync("first from bob");
        await Expect(aliceTabs[0].Unread(room)).ToHaveTextAsync("1");
        await Expect(aliceTabs[1].Unread(room)).ToHaveTextAsync("1");
        await bobTab.SendAsync("second from bob", withEnter: false);
        foreach (var tab in aliceTabs)
        {
            await Expect(tab.Unread(room)).ToHaveTextAsync("2");
        }

        await Expect(bobTab.Unread(room)).ToHaveCountAsync(0);
        await Artifacts.ScreenshotAsync(aliceTabs[1], "chat-unread");
        await Expect(bobTab.GetByTestId("chat-input")).ToHaveValueAsync(string.Empty);

        // Opening the room in one tab reads it in both.
        await aliceTabs[0].GetByTestId($"room-link-{room}").ClickAsync();
        await aliceTabs[0].ExpectRoomUrlAsync(room);
        foreach (var tab in aliceTabs)
        {
            await Expect(tab.Unread(room)).ToHaveCountAsync(0);
        }

        await aliceTabs[1].GetByTestId($"room-link-{room}").ClickAsync();
        IPage[] everyTab = [.. aliceTabs, bobTab];
        await ChatTabs.ExpectMessagesAsync(everyTab, "first from bob", "second from bob");

        await aliceTabs[1].SendAsync("hello from alice's second tab");
        await bobTab.SendAsync("hi alice");
        await ChatTabs.ExpectMessagesAsync(everyTab, "first from bob", "second from bob", "hello from alice's second tab", "hi alice");
        foreach (var tab in everyTab)
        {
            await Expect(tab.GetByTestId("chat-message").Nth(2)).ToHaveAttributeAsync("data-author", aliceName);
            await Expect(tab.GetByTestId("chat-message").Nth(3)).ToHaveAttributeAsync("data-author", bobName);
        }

        await aliceTabs[0].GetByTestId("chat-input").FillAsync("typing away");
        await Expect(bobTab.GetByTestId("typing-indicator")).ToHaveTextAsync($"{aliceName} is typing…");
        await ChatScreenshot.SideBySideAsync(server.Browser, "chat-side-by-side", aliceTabs[0], bobTab);
    }

    [Fact]
    public async Task WhenSomeoneTypes_ThenOthersSeeTheIndicatorUntilTheySendOrStop()
    {
        await using var scene = await ChatRoomScene.OpenAsync(server);
        var (aliceTab, bobTab) = (scene.AliceTab, scene.BobTab);

        await aliceTab.GetByTestId("chat-input").PressSequentiallyAsync("hello");
        await Expect(bobTab.GetByTestId("typing-indicator")).ToHaveTextAsync($"{scene.AliceName} is typing…");
        await Expect(aliceTab.GetByTestId("typing-indicator")).ToHaveCountAsync(0);

        // Sending ends it at once.
        await aliceTab.GetByTestId("chat-input").PressAsync("Enter");
        await Expect(bobTab.GetByTestId("typing-indicator")).ToHaveCountAsync(0);

        // Stopping ends it a few seconds later.
        await aliceTab.GetByTestId("chat-input").PressSequentiallyAsync("and then");
        await Expect(bobTab.GetByTestId("typing-indicator")).ToHaveTextAsync($"{scene.AliceName} is typing…");
        await Expect(bobTab.GetByTestId("typing-indicator")).ToHaveCountAsync(0, new LocatorAssertionsToHaveCountOptions { Timeout = 15_000 });
        await Expect(aliceTab.GetByTestId("chat-input")).ToHaveValueAsync("and then");
    }

    [Fact]
    public async Task WhenTabsCloseOrLeave_ThenPresenceCountsEachUserOnceAndDropsThemWhenTheirLastTabCloses()
    {
        await using var alice = await server.NewUserAsync();
        await using var bob = await server.NewUserAsync();
        var (aliceName, bobName) = (ChatTabs.NewPersonName("Alice"), ChatTabs.NewPersonName("Bob"));
        var (bobTab, room) = await bob.OpenNewRoomAsync(bobName);
        IPage[] aliceTabs = [await alice.OpenAsync($"chat/{room}"), await alice.OpenAsync($"chat/{room}")];
        await aliceTabs[0].SetNicknameAsync(aliceName);

        await ChatTabs.ExpectPresentAsync([.. aliceTabs, bobTab], aliceName, bobName);

        await aliceTabs[0].CloseAsync();
        await ChatTabs.ExpectPresentAsync([aliceTabs[1], bobTab], aliceName, bobName);

        await aliceTabs[1].CloseAsync();
        await ChatTabs.ExpectPresentAsync([bobTab], bobName);

        // Going elsewhere in the app leaves the room too.
        var aliceBack = await alice.OpenAsync($"chat/{room}");
        await ChatTabs.ExpectPresentAsync([aliceBack, bobTab], aliceName, bobName);
        await bobTab.GetByTestId($"room-link-general").ClickAsync();
        await ChatTabs.ExpectPresentAsync([aliceBack], aliceName);
    }
}
