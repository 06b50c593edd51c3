using BlazorSharedState.Web.Features.Game;
using BlazorSharedState.Web.Tests.Fixtures;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using static BlazorSharedState.Web.Tests.Game.GameTableDriver;

namespace BlazorSharedState.Web.Tests.Game;

public sealed class GamePagesTests : IAsyncDisposable
{
    private readonly SharedStoreTestHost _shared = AppHost.Start();

    [Fact]
    public async Task WhenTablesChange_ThenTheLobbyListsThemWithPlayersAndStatus()
    {
        var lobby = _shared.OpenCircuit("dave").Render<GameLobbyPage>();
        Assert.NotEmpty(lobby.FindAll("[data-testid=no-tables]"));

        var table = await SeatedAsync(_shared);

        lobby.WaitUntilShown(() =>
        {
            Assert.Equal($"Table {table.TableId}", lobby.Find($"[data-testid=table-link-{table.TableId}]").TextContent);
            Assert.Equal("Red to move", lobby.Find($"[data-testid=table-status-{table.TableId}]").TextContent);
        });
        await table.PlayAsync("0101010");
        lobby.WaitUntilShown(() => Assert.Equal("Red wins", lobby.Find($"[data-testid=table-status-{table.TableId}]").TextContent));
    }

    [Fact]
    public void WhenTableCreateIsClicked_ThenTheCreatorIsTakenToTheNewTable()
    {
        var circuit = _shared.OpenCircuit("alice");
        var lobby = circuit.Render<GameLobbyPage>();

        lobby.ClickOn("table-create");

        var navigation = circuit.Services.GetRequiredService<NavigationManager>();
        lobby.WaitUntilShown(() => Assert.Matches("/game/[0-9]+$", navigation.Uri));
        var tableId = navigation.Uri[(navigation.Uri.LastIndexOf('/') + 1)..];
        Assert.Contains(tableId, _shared.Store.GetState<GameState>().Tables.Keys);
    }

    [Fact]
    public async Task WhenPlayersClick_ThenEveryTabsCellsFollowTheMoves()
    {
        var table = await CreateAsync(_shared);
        var alice = _shared.OpenTable(Red, table.TableId);
        var bob = _shared.OpenTable(Yellow, table.TableId);
        var carol = _shared.OpenTable(Spectator, table.TableId);
        Assert.Equal(42, carol.FindAll("[data-state=empty]").Count);

        alice.ClickOn("seat-red");
        carol.WaitUntilShown(() => Assert.True(carol.Find("[data-testid=seat-red]").HasAttribute("disabled")));
        bob.ClickOn("seat-yellow");
        carol.WaitUntilShown(() => Assert.Equal("Red to move", carol.Find("[data-testid=game-status]").TextContent));

        alice.ClickOn("column-3");
        bob.WaitUntilShown(() => Assert.Equal("red", bob.Find("[data-testid=cell-3-0]").GetAttribute("data-state")));
        bob.ClickOn("column-3");

        foreach (var tab in new[] { alice, bob, carol })
        {
            tab.WaitUntilShown(() =>
            {
                Assert.Equal("red", tab.Find("[data-testid=cell-3-0]").GetAttribute("data-state"));
                Assert.Equal("yellow", tab.Find("[data-testid=cell-3-1]").GetAttribute("data-state"));
                Assert.Equal(40, tab.FindAll("[data-state=empty]").Count);
                Assert.Equal(2, tab.FindAll("[data-testid=move]").Count);
            });
        }
    }

    [Fact]
    public async Task WhenSomeoneWins_ThenTheFourAreMarkedAndARematchIsOffered()
    {
        var table = await SeatedAsync(_shared);
        var carol = _shared.OpenTable(Spectator, table.TableId);

        await table.PlayAsync("0101010");

        carol.WaitUntilShown(() =>
        {
            Assert.Equal("Red wins", carol.Find("[data-testid=game-status]").TextContent);
            var winning = carol.FindAll("[data-winning=true]").Select(e => e.GetAttribute("data-testid"));
            Assert.Equal(["cell-0-3", "cell-0-2", "cell-0-1", "cell-0-0"], winning);
            Assert.True(carol.Find("[data-testid=rematch]").HasAttribute("disabled"));
        });
        var alice = _shared.OpenTable(Red, table.TableId);
        alice.ClickOn("rematch");
        carol.WaitUntilShown(() => Assert.Equal(42, carol.FindAll("[data-state=empty]").Count));
        Assert.Equal(Yellow, table.Table.RedUserId);
    }

    [Fact]
    public async Task WhenPeopleOpenTheTable_ThenTheSpectatorCountShowsWhoIsWatchingButNotPlaying()
    {
        var table = await SeatedAsync(_shared);

        var alice = _shared.OpenTable(Red, table.TableId);
        _shared.OpenTable(Red, table.TableId);
        _shared.OpenTable(Spectator, table.TableId);
        _shared.OpenTable(Spectator, table.TableId);
        var dave = _shared.OpenCircuit("dave");
        dave.Render<GameTablePage>(p => p.Add(x => x.TableId, table.TableId));

        alice.WaitUntilShown(() => Assert.Equal("2", alice.Find("[data-testid=spectator-count]").TextContent));
        await dave.DisposeComponentsAsync();
        alice.WaitUntilShown(() => Assert.Equal("1", alice.Find("[data-testid=spectator-count]").TextContent));
    }

    [Fact]
    public void WhenTheTableDoesNotExist_ThenThePageSaysSo()
    {
        var tab = _shared.OpenTable(Red, "404");

        Assert.NotEmpty(tab.FindAll("[data-testid=table-missing]"));
        Assert.Empty(tab.FindAll("[data-testid^=cell-]"));
    }

    public ValueTask DisposeAsync() => _shared.DisposeAsync();
}
