using BlazorSharedState.E2E.Chat;
using BlazorSharedState.E2E.Fixtures;
using BlazorSharedState.E2E.Game;

namespace BlazorSharedState.E2E.Durability;

/// <summary>
/// Two people mid-session when the server dies and starts again: every open tab comes back by
/// itself with everything it showed, and each browser is still the same person.
/// </summary>
public sealed class RestartTests
{
    [Fact]
    public async Task WhenTheServerIsKilledAndStartedAgain_ThenEveryOpenTabShowsItAllAgainAsTheSameUser()
    {
        await using var app = await DurableApp.StartAsync();
        await using var alice = await app.NewUserAsync();
        await using var bob = await app.NewUserAsync();
        var aliceChat = await alice.OpenAsync("chat/general");
        var bobChat = await bob.OpenAsync("chat/general");
        await aliceChat.SetNicknameAsync("Alice");
        await bobChat.SetNicknameAsync("Bob");
        await aliceChat.SendAsync("hello from alice");
        await bobChat.SendAsync("hi from bob");

        var bobCounter = await bob.OpenAsync("counter");
        for (var i = 1; i <= 3; i++)
        {
            await bobCounter.GetByTestId("counter-increment").ClickAsync();
            await Expect(bobCounter.GetByTestId("counter-value")).ToHaveTextAsync($"{i}");
        }

        var (aliceGame, tableId) = await GameTablePages.CreateTableAsync(alice);
        var bobGame = await bob.OpenAsync($"game/{tableId}");
        await aliceGame.GetByTestId("seat-red").ClickAsync();
        await bobGame.GetByTestId("seat-yellow").ClickAsync();
        await Expect(bobGame.GetByTestId("game-status")).ToContainTextAsync("Red to move");
        await aliceGame.GetByTestId("column-3").ClickAsync();
        await Expect(bobGame.GetByTestId("game-status")).ToContainTextAsync("Yellow to move");
        await bobGame.GetByTestId("column-4").ClickAsync();
        await Expect(aliceGame.GetByTestId("game-status")).ToContainTextAsync("Red to move");
        IPage[] aliceTabs = [aliceChat, aliceGame];
        IPage[] bobTabs = [bobChat, bobCounter, bobGame];
        var board = await GameTablePages.CellsAsync(aliceGame);

        await app.Process.KillAsync();
        foreach (var tab in aliceTabs.Concat(bobTabs))
        {
            await tab.ExpectAwayAsync();
        }

        await app.Process.StartAsync();

        // Nothing here reloads or clicks: every tab comes back by itself.
        foreach (var tab in aliceTabs.Concat(bobTabs))
        {
            await tab.ExpectBackAsync();
        }

        foreach (var (tabs, name) in new[] { (aliceTabs, "Alice"), (bobTabs, "Bob") })
        {
            foreach (var tab in tabs)
            {
                await Expect(tab.GetByTestId("me-name"), $"{name}'s tab on {tab.Url} is still {name}'s").ToHaveTextAsync(name);
            }
        }

        await ChatTabs.ExpectMessagesAsync([aliceChat, bobChat], "hello from alice", "hi from bob");
        await ExpectOwnDeleteButtonAsync(aliceChat, "Alice");
        await ExpectOwnDeleteButtonAsync(bobChat, "Bob");
        await Expect(bobCounter.GetByTestId("counter-value")).ToHaveTextAsync("3");
        foreach (var game in new[] { aliceGame, bobGame })
        {
            await Expect(game.GetByTestId("game-status"), "The game goes on where it was").ToContainTextAsync("Red to move");
            Assert.Equal(board, await GameTablePages.CellsAsync(game));
        }

        // And it is live: the game goes on from either side.
        await aliceGame.GetByTestId("column-3").ClickAsync();
        await Expect(GameTablePages.Cell(bobGame, 3, 1), "Waited for Alice's move after the restart").ToHaveAttributeAsync("data-state", "red");
    }

    /// <summary>The only delete button in the room is on the message the tab's own user wrote.</summary>
    private static async Task ExpectOwnDeleteButtonAsync(IPage tab, string author)
    {
        await Expect(tab.GetByTestId("chat-message-delete"), $"{author} can delete one message").ToHaveCountAsync(1);
        await Expect(tab.Locator($"[data-testid=chat-message][data-author='{author}'] [data-testid=chat-message-delete]")).ToHaveCountAsync(1);
    }
}
