using System.Text.RegularExpressions;
using BlazorSharedState.E2E.Chat;
using BlazorSharedState.E2E.Fixtures;
using BlazorSharedState.E2E.Game;

namespace BlazorSharedState.E2E.TimeTravel;

/// <summary>Any page opened with <c>?at=N</c> shows the app right after action N, read-only, while everyone else stays live.</summary>
[Collection(AppCollection.Name)]
public sealed class PastViewTests(AppServer server)
{
    [Fact]
    public async Task WhenARoomIsOpenedAtItsThirdMessage_ThenExactlyThreeShowSendingIsRefusedAndExitReturnsToLive()
    {
        await using var scene = await ChatRoomScene.OpenAsync(server);
        for (var i = 1; i <= 5; i++)
        {
            await scene.AliceTab.SendAsync($"message {i}");
            await Expect(scene.AliceTab.MessageTexts()).ToHaveCountAsync(i);
        }

        var third = await scene.AliceTab.GetByTestId("chat-message").Nth(2).GetAttributeAsync("data-seq");
        var past = await scene.BobTab.Context.NewPageAsync();
        await past.GotoAsync($"chat/{scene.Room}?at={third}");
        await Expect(past.GetByTestId("interactive"), "Waited for the past view to become interactive").ToBeAttachedAsync();

        var banner = past.GetByTestId("time-travel-banner");
        await Expect(banner).ToHaveAttributeAsync("data-seq", third!);
        await Expect(past.MessageTexts()).ToHaveTextAsync(["message 1", "message 2", "message 3"]);
        await past.SendAsync("from the past");
        await Expect(past.GetByTestId("rejection"), "Sending from the past is refused with a reason").ToContainTextAsync("looking at the past");

        // Everyone else is live, Bob's other tab included.
        await scene.BobTab.SendAsync("still live");
        await ChatTabs.ExpectMessagesAsync(scene.BothTabs, "message 1", "message 2", "message 3", "message 4", "message 5", "still live");
        await Expect(past.MessageTexts()).ToHaveCountAsync(3);
        await Expect(scene.AliceTab.GetByTestId("time-travel-banner")).ToHaveCountAsync(0);

        await banner.GetByTestId("time-travel-exit").ClickAsync();
        await Expect(past, "Exit leads back to the live room").ToHaveURLAsync(new Regex($"/chat/{scene.Room}$"));
        await Expect(past.GetByTestId("time-travel-banner")).ToHaveCountAsync(0);
        await ChatTabs.ExpectMessagesAsync([past], "message 1", "message 2", "message 3", "message 4", "message 5", "still live");
    }

    [Fact]
    public async Task WhenAGameIsOpenedAtAMidGameMove_ThenItShowsTheBoardOfThatMoment()
    {
        await using var alice = await server.NewUserAsync();
        await using var bob = await server.NewUserAsync();
        var (aliceTab, tableId) = await GameTablePages.CreateTableAsync(alice);
        var bobTab = await bob.OpenAsync($"game/{tableId}");
        await aliceTab.GetByTestId("seat-red").ClickAsync();
        await bobTab.GetByTestId("seat-yellow").ClickAsync();
        foreach (var (tab, column, moves) in new[] { (aliceTab, 3, 1), (bobTab, 4, 2), (aliceTab, 3, 3) })
        {
            await tab.GetByTestId($"column-{column}").ClickAsync();
            await Expect(aliceTab.GetByTestId("move")).ToHaveCountAsync(moves);
        }

        var second = await aliceTab.GetByTestId("move").Nth(1).GetAttributeAsync("data-seq");
        var past = await bob.OpenAsync($"game/{tableId}?at={second}");

        await Expect(past.GetByTestId("time-travel-banner")).ToHaveAttributeAsync("data-seq", second!);
        await Expect(GameTablePages.Cell(past, 3, 0)).ToHaveAttributeAsync("data-state", "red");
        await Expect(GameTablePages.Cell(past, 4, 0)).ToHaveAttributeAsync("data-state", "yellow");
        await Expect(GameTablePages.Cell(past, 3, 1), "The move after that moment is not on the board").ToHaveAttributeAsync("data-state", "empty");
        await Expect(past.GetByTestId("game-status")).ToContainTextAsync("Red to move");
        await Expect(GameTablePages.Cell(bobTab, 3, 1), "The live table still has every move").ToHaveAttributeAsync("data-state", "red");
    }
}
