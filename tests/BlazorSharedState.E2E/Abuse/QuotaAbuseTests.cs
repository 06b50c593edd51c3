using BlazorSharedState.E2E.Fixtures;
using BlazorSharedState.LoadTest.Client;
using BlazorSharedState.Web.Features.Chat;
using BlazorSharedState.Web.Features.Game;
using BlazorSharedState.Web.Features.Quotas;

namespace BlazorSharedState.E2E.Abuse;

/// <summary>
/// One guest can't take the rooms or tables from everyone else, and minting guests from one
/// address doesn't help: each is refused with a reason, and the next person still gets theirs.
/// </summary>
public sealed class QuotaAbuseTests : IAsyncLifetime
{
    private readonly AppServer _server = AppServer.WithoutBrowser(builder =>
        builder.UseSetting("SharedState:Limits:TablesPerAddressPerHour", "4"));

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task WhenAGuestTriesToFillTheRooms_ThenTheyAreStoppedAtTheirShareAndTheNextGuestCreatesOne()
    {
        using var greedy = new HeadlessUser(_server.BaseUrl);
        await using var tab = await greedy.OpenAsync("/chat/general");
        for (var i = 0; i < ChatState.MaxRoomsPerUser; i++)
        {
            await CreateRoomAsync(tab, $"grab-{i}");
            await tab.WaitForTextAsync("chat-room-title", $"# grab-{i}");
        }

        await CreateRoomAsync(tab, "one-too-many");

        await tab.WaitForTextAsync("rejection", ChatGuards.TooManyOfYourRooms);
        using var next = new HeadlessUser(_server.BaseUrl);
        await using var nextTab = await next.OpenAsync("/chat/general");
        await CreateRoomAsync(nextTab, "fair-share");
        await nextTab.WaitForTextAsync("chat-room-title", "# fair-share");
    }

    [Fact]
    public async Task WhenGuestsFromOneAddressOpenTablesPastTheirShares_ThenEachIsToldWhy()
    {
        using var first = new HeadlessUser(_server.BaseUrl);
        await using var firstLobby = await first.OpenAsync("/game");
        await OpenTablesAsync(first, GameState.MaxTablesPerUser);

        await firstLobby.ClickAsync("table-create");
        await firstLobby.WaitForTextAsync("rejection", GameGuards.TooManyOfYourTables);

        // A fresh cookie is a new guest with their own share, but the address has had its four tries an hour
        // (the refused third counted: it is tries that are paced).
        using var second = new HeadlessUser(_server.BaseUrl);
        await OpenTablesAsync(second, 1);
        await using var secondLobby = await second.OpenAsync("/game");
        await secondLobby.ClickAsync("table-create");
        await secondLobby.WaitForTextAsync("rejection", AddressCreationPace.TooManyTablesReason);
    }

    private static async Task CreateRoomAsync(HeadlessTab tab, string name)
    {
        await tab.TypeAsync("room-create-input", name);
        await tab.ClickAsync("room-create");
    }

    private static async Task OpenTablesAsync(HeadlessUser user, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await using var lobby = await user.OpenAsync("/game");
            await lobby.ClickAsync("table-create");
            await lobby.WaitUntilAsync(page => page.FindByTestId("seat-red") is not null, "the new table to open");
        }
    }
}
