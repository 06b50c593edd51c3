using BlazorSharedState.E2E.Fixtures;
using static BlazorSharedState.E2E.Game.GameTablePages;

namespace BlazorSharedState.E2E.Game;

[Collection(AppCollection.Name)]
public sealed class GamePlayTests(AppServer server)
{
    // Red wins on the rising diagonal (0,0)–(3,3); yellow's last filler goes to the far column.
    private static readonly int[] DiagonalWin = [0, 1, 1, 2, 2, 3, 2, 3, 3, 6, 3];

    [Fact]
    public async Task WhenAPlayerClosesTheirTabMidGame_ThenTheOthersSeeTheClaimCountdownStart()
    {
        await using var alice = await server.NewUserAsync();
        await using var bob = await server.NewUserAsync();
        await using var carol = await server.NewUserAsync();
        var (red, tableId) = await CreateTableAsync(alice);
        var yellow = await bob.OpenAsync($"game/{tableId}");
        var spectator = await carol.OpenAsync($"game/{tableId}");
        await red.GetByTestId("seat-red").ClickAsync();
        await Expect(yellow.GetByTestId("seat-red")).ToBeDisabledAsync();
        await yellow.GetByTestId("seat-yellow").ClickAsync();
        await Expect(spectator.GetByTestId("game-status")).ToContainTextAsync("Red to move");
        await Expect(spectator.GetByTestId("abandoned-seat")).ToHaveCountAsync(0);

        await yellow.CloseAsync();

        // The grace period is a minute: the countdown shows at once, the claim only after it (see the component tests).
        foreach (var tab in new[] { red, spectator })
        {
            await Expect(tab.Locator("[data-testid=abandoned-seat][data-seat=yellow]")).ToContainTextAsync("Red can claim the win in");
            await Expect(tab.GetByTestId("claim-win")).ToHaveCountAsync(0);
        }
    }

    [Fact]
    public async Task WhenTwoUsersPlayToAWinWhileAThirdWatches_ThenEveryBoardShowsTheSameCellsAndWinningFour()
    {
        await using var alice = await server.NewUserAsync();
        await using var bob = await server.NewUserAsync();
        await using var carol = await server.NewUserAsync();
        var spectator = await carol.OpenAsync("game");
        var (red, tableId) = await CreateTableAsync(alice);
        var yellow = await bob.OpenAsync($"game/{tableId}");

        // The lobby lists the new table live; its link leads to the table.
        await spectator.GetByTestId($"table-link-{tableId}").ClickAsync();
        await Expect(spectator).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/game/{tableId}$"));
        IPage[] tabs = [red, yellow, spectator];

        await red.GetByTestId("seat-red").ClickAsync();
        await Expect(yellow.GetByTestId("seat-red")).ToBeDisabledAsync();
        await yellow.GetByTestId("seat-yellow").ClickAsync();
        foreach (var tab in tabs)
        {
            await Expect(tab.GetByTestId("game-status")).ToContainTextAsync("Red to move");
            await Expect(tab.GetByTestId("spectator-count")).ToHaveTextAsync("1");
        }

        var heights = new int[7];
        for (var move = 0; move < DiagonalWin.Length; move++)
        {
            var column = DiagonalWin[move];
            var (mover, colour) = move % 2 == 0 ? (red, "red") : (yellow, "yellow");
            await mover.GetByTestId($"column-{column}").ClickAsync();

            // The next player waits to see this disc before moving, as a person would.
            foreach (var tab in tabs)
            {
                await Expect(Cell(tab, column, heights[column])).ToHaveAttributeAsync("data-state", colour);
            }

            heights[column]++;
        }

        var expected = await CellsAsync(spectator);
        Assert.Equal(42, expected.Length);
        Assert.Equal(["cell-0-0=red*", "cell-1-1=red*", "cell-2-2=red*", "cell-3-3=red*"], expected.Where(c => c.EndsWith('*')).Order());
        foreach (var tab in tabs)
        {
            await Expect(tab.GetByTestId("game-status")).ToContainTextAsync("Red wins");
            await Expect(tab.Locator("[data-winning=true]")).ToHaveCountAsync(4);
            Assert.Equal(expected, await CellsAsync(tab));
        }

        await Artifacts.ScreenshotAsync(spectator, "game");

        // Spectators are people: a second tab of the same person doesn't count twice, and
        // closing their tabs stops them counting.
        var secondLook = await carol.OpenAsync($"game/{tableId}");
        await Expect(secondLook.GetByTestId("spectator-count")).ToHaveTextAsync("1");
        await spectator.CloseAsync();
        await secondLook.CloseAsync();
        await Expect(red.GetByTestId("spectator-count")).ToHaveTextAsync("0");
    }

    [Fact]
    public async Task WhenOnePlayersTwoTabsClickDifferentColumnsAtOnce_ThenExactlyOneDiscLandsAndTheOtherTabIsTold()
    {
        await using var alice = await server.NewUserAsync();
        await using var bob = await server.NewUserAsync();
        var (first, tableId) = await CreateTableAsync(alice);
        var second = await alice.OpenAsync($"game/{tableId}");
        var yellow = await bob.OpenAsync($"game/{tableId}");
        await first.GetByTestId("seat-red").ClickAsync();
        await yellow.GetByTestId("seat-yellow").ClickAsync();
        await Expect(second.GetByTestId("game-status")).ToContainTextAsync("Red to move");

        await Task.WhenAll(first.GetByTestId("column-0").ClickAsync(), second.GetByTestId("column-6").ClickAsync());

        await Expect(yellow.GetByTestId("game-status")).ToContainTextAsync("Yellow to move");
        await Expect(yellow.GetByTestId("move")).ToHaveCountAsync(1);
        var firstWon = await Cell(yellow, 0, 0).GetAttributeAsync("data-state") == "red";
        var (landed, missed, loser) = firstWon ? (Cell(yellow, 0, 0), Cell(yellow, 6, 0), second) : (Cell(yellow, 6, 0), Cell(yellow, 0, 0), first);
        await Expect(landed).ToHaveAttributeAsync("data-state", "red");
        await Expect(missed).ToHaveAttributeAsync("data-state", "empty");
        await Expect(loser.GetByTestId("rejection")).ToHaveTextAsync("It's not your turn.");
        await Expect((firstWon ? first : second).GetByTestId("rejection")).ToHaveCountAsync(0);
        await Expect(yellow.GetByTestId("rejection")).ToHaveCountAsync(0);
        foreach (var tab in new[] { first, second })
        {
            Assert.Equal(await CellsAsync(yellow), await CellsAsync(tab));
        }

        // Leaving mid-game forfeits it, which also leaves the table finished for cleaning up.
        await second.GetByTestId("leave-seat").ClickAsync();
        await Expect(yellow.GetByTestId("game-status")).ToContainTextAsync("Yellow wins");
        await Expect(first.GetByTestId("leave-seat")).ToHaveCountAsync(0);
    }
}
