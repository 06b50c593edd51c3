namespace BlazorSharedState.E2E.Game;

/// <summary>What the browser tests read off a table page.</summary>
internal static class GameTablePages
{
    /// <summary>Opens the lobby as <paramref name="creator"/>, creates a table there and returns its tab and id.</summary>
    public static async Task<(IPage Tab, string TableId)> CreateTableAsync(Fixtures.AppUser creator)
    {
        var tab = await creator.OpenAsync("game");
        await tab.GetByTestId("table-create").ClickAsync();
        // Blazor navigates in-page (pushState): there is no load event to wait for, so poll the address.
        await Expect(tab).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/game/[0-9]+$"));
        await Expect(tab.GetByTestId("game-status")).ToContainTextAsync("Waiting for players");
        return (tab, tab.Url[(tab.Url.LastIndexOf('/') + 1)..]);
    }

    /// <summary>Every cell as "cell-c-r=state", with a trailing * on winning cells.</summary>
    public static Task<string[]> CellsAsync(IPage tab) =>
        tab.Locator("[data-testid^=cell-]").EvaluateAllAsync<string[]>(
            "cells => cells.map(c => `${c.dataset.testid}=${c.dataset.state}${c.dataset.winning === 'true' ? '*' : ''}`)");

    public static ILocator Cell(IPage tab, int column, int row) => tab.GetByTestId($"cell-{column}-{row}");
}
