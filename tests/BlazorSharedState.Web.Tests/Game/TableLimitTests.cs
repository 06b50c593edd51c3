using BlazorSharedState.Store;
using BlazorSharedState.Store.Blazor.Circuits;
using BlazorSharedState.Web.Features.Game;
using BlazorSharedState.Web.Features.Housekeeping;
using BlazorSharedState.Web.Tests.Fixtures;
using static BlazorSharedState.Web.Tests.Game.GameTableDriver;

namespace BlazorSharedState.Web.Tests.Game;

public sealed class TableLimitTests : IAsyncDisposable
{
    private readonly SharedStoreTestHost _shared = AppHost.Start();

    [Fact]
    public async Task WhenTwentyTablesAreOpen_ThenTheTwentyFirstIsRejected()
    {
        var tables = await CreateTablesAsync(GameState.MaxOpenTables);

        await tables[0].RejectedAsync(new CreateTable(), Spectator, GameGuards.TooManyTables);
    }

    [Fact]
    public async Task WhenAFinishedTableIsClosedByItsLastViewer_ThenItMakesRoomForANewOne()
    {
        var tables = await CreateTablesAsync(GameState.MaxOpenTables - 1);
        var finished = await SeatedAsync(_shared);
        await finished.AcceptedAsync(new WatchTable(finished.TableId), Spectator);
        await finished.PlayAsync("0101010");

        // Someone still looking at the result keeps the table.
        await finished.RejectedAsync(new CreateTable(), Red, GameGuards.TooManyTables);
        await finished.AcceptedAsync(new CircuitClosed(), Spectator);
        await finished.AcceptedAsync(new CreateTable(), Red);

        Assert.Equal(GameState.MaxOpenTables, finished.State.Tables.Count);
        Assert.DoesNotContain(finished.TableId, finished.State.Tables.Keys);
        Assert.All(tables, table => Assert.Contains(table.TableId, finished.State.Tables.Keys));
    }

    [Fact]
    public async Task WhenTablesSitWithNobodyAtThemOrWatching_ThenTheyAreSpareWithinMinutes()
    {
        var tables = await CreateTablesAsync(GameState.MaxOpenTables);
        await tables[5].AcceptedAsync(new WatchTable(tables[5].TableId), Spectator);

        _shared.Time.Advance(GameState.SeatlessTimeout - TimeSpan.FromSeconds(1));
        await tables[0].RejectedAsync(new CreateTable(), Red, GameGuards.TooManyTables);
        _shared.Time.Advance(TimeSpan.FromSeconds(1));
        await tables[0].AcceptedAsync(new CreateTable(), Red);

        // The watched table stays; the empty ones made room.
        Assert.Equal(2, tables[5].State.Tables.Count);
        Assert.Contains(tables[5].TableId, tables[5].State.Tables.Keys);
    }

    [Fact]
    public async Task WhenAGameIsUnderWayButNobodyHasTheTableOpen_ThenItStaysUntilTheIdleTimeout()
    {
        var seated = await SeatedAsync(_shared);
        await seated.PlayAsync(3);

        _shared.Time.Advance(GameState.IdleTimeout - TimeSpan.FromSeconds(1));
        await seated.AcceptedAsync(new TidyUp(), ActionOrigin.ServerUserId);
        Assert.Contains(seated.TableId, seated.State.Tables.Keys);

        _shared.Time.Advance(TimeSpan.FromSeconds(1));
        await seated.AcceptedAsync(new TidyUp(), ActionOrigin.ServerUserId);
        Assert.DoesNotContain(seated.TableId, seated.State.Tables.Keys);
    }

    [Fact]
    public async Task WhenOneGuestOpensTablesPastTheirShare_ThenTheyAreToldWhyAndOthersStillCanOpenOne()
    {
        var first = await CreateAsync(_shared, "greedy");
        await CreateAsync(_shared, "greedy");

        await first.RejectedAsync(new CreateTable(), "greedy", GameGuards.TooManyOfYourTables);
        Assert.Equal(GameState.MaxTablesPerUser, first.State.Tables.Count);
        await first.AcceptedAsync(new CreateTable(), Red);

        // Once one of theirs has gone spare, the guest may open another.
        _shared.Time.Advance(GameState.SeatlessTimeout);
        await first.AcceptedAsync(new CreateTable(), "greedy");
    }

    private async Task<List<GameTableDriver>> CreateTablesAsync(int count)
    {
        var tables = new List<GameTableDriver>();
        for (var i = 0; i < count; i++)
        {
            tables.Add(await CreateAsync(_shared, $"host-{i}"));
        }

        return tables;
    }

    public ValueTask DisposeAsync() => _shared.DisposeAsync();
}
