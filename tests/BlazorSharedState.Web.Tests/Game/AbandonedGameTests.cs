using BlazorSharedState.Store;
using BlazorSharedState.Store.Blazor.Circuits;
using BlazorSharedState.Web.Features.Game;
using BlazorSharedState.Web.Tests.Fixtures;
using static BlazorSharedState.Web.Tests.Game.GameTableDriver;

namespace BlazorSharedState.Web.Tests.Game;

/// <summary>
/// A player whose tabs at the table are all gone for the grace period loses the game to the opponent
/// who claims it; the store's clock (the fixture's fake one) times it, through the actions' meta.
/// </summary>
public sealed class AbandonedGameTests : IAsyncDisposable
{
    private readonly SharedStoreTestHost _shared = AppHost.Start();

    [Fact]
    public async Task WhenTheOpponentsLastTabGoes_ThenTheWinCanBeClaimedOnlyOnceTheGracePeriodHasPassed()
    {
        var subject = await SeatedAsync(_shared);
        await _shared.AcceptedAsync(new WatchTable(subject.TableId), Red, "alice-1");
        await _shared.AcceptedAsync(new WatchTable(subject.TableId), Yellow, "bob-1");
        await _shared.AcceptedAsync(new WatchTable(subject.TableId), Yellow, "bob-2");

        await _shared.AcceptedAsync(new CircuitClosed(), Yellow, "bob-1");
        await subject.RejectedAsync(new ClaimWin(subject.TableId), Red, GameGuards.OpponentHere);

        await _shared.AcceptedAsync(new CircuitDisconnected(), Yellow, "bob-2");
        await subject.RejectedAsync(new ClaimWin(subject.TableId), Red, "Your opponent may still come back: you can claim the win in 60 s.");
        _shared.Time.Advance(TimeSpan.FromSeconds(59.5));
        await subject.RejectedAsync(new ClaimWin(subject.TableId), Red, "Your opponent may still come back: you can claim the win in 1 s.");

        _shared.Time.Advance(TimeSpan.FromSeconds(0.5));
        await subject.AcceptedAsync(new ClaimWin(subject.TableId), Red);

        Assert.Equal(GameOutcome.RedWins, subject.Table.Outcome);
        Assert.Equal("Red wins by forfeit", subject.Table.Status);
    }

    [Fact]
    public async Task WhenTheOpponentComesBackWithinTheGracePeriod_ThenTheClockStartsAgainFromTheirNextAbsence()
    {
        var subject = await SeatedAsync(_shared);
        await _shared.AcceptedAsync(new WatchTable(subject.TableId), Yellow, "bob-1");

        await _shared.AcceptedAsync(new CircuitDisconnected(), Yellow, "bob-1");
        _shared.Time.Advance(TimeSpan.FromSeconds(50));
        await _shared.AcceptedAsync(new CircuitReconnected(), Yellow, "bob-1");
        Assert.Null(subject.Table.YellowAwaySince);
        await subject.RejectedAsync(new ClaimWin(subject.TableId), Red, GameGuards.OpponentHere);

        await _shared.AcceptedAsync(new StopWatching(subject.TableId), Yellow, "bob-1");
        _shared.Time.Advance(TimeSpan.FromSeconds(30));
        await subject.RejectedAsync(new ClaimWin(subject.TableId), Red, "Your opponent may still come back: you can claim the win in 30 s.");
    }

    [Fact]
    public async Task WhenTheServerHoldingTheOpponentsTabIsGone_ThenTheirAbsenceStartsThen()
    {
        var subject = await SeatedAsync(_shared);
        await _shared.AcceptedAsync(new WatchTable(subject.TableId), Yellow, "bob-1");
        var state = subject.State;
        var onServerTwo = state with { Viewers = state.Viewers.SetItem("bob-1", state.Viewers["bob-1"] with { Server = "server-2" }) };
        var now = _shared.Time.GetUtcNow().AddSeconds(5);

        var gone = GameViewerReducers.ServerGone(onServerTwo, new ServerGone("server-2"), new ActionMeta(99, Guid.Empty, now, "server-1", null));

        Assert.Empty(gone.Viewers);
        Assert.Equal(now, gone.Tables[subject.TableId].YellowAwaySince);
    }

    [Fact]
    public async Task WhenNobodyPlaysHereOrTheGameIsOver_ThenThereIsNothingToClaim()
    {
        var subject = await SeatedAsync(_shared);
        _shared.Time.Advance(GameState.AbandonGrace);

        await subject.RejectedAsync(new ClaimWin(subject.TableId), Spectator, GameGuards.NotSeated);
        await subject.PlayAsync("0101010");
        await subject.RejectedAsync(new ClaimWin(subject.TableId), Yellow, GameGuards.GameOver);
        await subject.AcceptedAsync(new LeaveSeat(subject.TableId), Yellow);
        await subject.AcceptedAsync(new Rematch(subject.TableId), Red);
        await subject.RejectedAsync(new ClaimWin(subject.TableId), Red, GameGuards.NotStarted);
    }

    [Fact]
    public async Task WhenAPlayerLeavesTheTablePage_ThenEveryoneSeesTheCountdownAndOnlyTheOpponentGetsToClaim()
    {
        var subject = await SeatedAsync(_shared);
        var alice = _shared.OpenTable(Red, subject.TableId);
        var bobsCircuit = _shared.OpenCircuit(Yellow);
        bobsCircuit.Render<GameTablePage>(p => p.Add(x => x.TableId, subject.TableId));
        var carol = _shared.OpenTable(Spectator, subject.TableId);
        // Seated from elsewhere, both players count as away until their tabs here watch the table.
        carol.WaitUntilShown(() => Assert.Empty(carol.FindAll("[data-testid=abandoned-seat]")));

        await bobsCircuit.DisposeAsync();
        carol.WaitUntilShown(() => Assert.Equal("60", carol.Find("[data-testid=abandoned-seat][data-seat=yellow] [data-testid=claim-countdown]").TextContent));
        alice.WaitUntilShown(() => Assert.Equal("60", alice.Find("[data-testid=claim-countdown]").TextContent));

        _shared.Time.Advance(TimeSpan.FromSeconds(45));
        carol.WaitUntilShown(() => Assert.Equal("15", carol.Find("[data-testid=claim-countdown]").TextContent));
        Assert.Empty(alice.FindAll("[data-testid=claim-win]"));

        _shared.Time.Advance(TimeSpan.FromSeconds(15));
        alice.WaitUntilShown(() => Assert.NotEmpty(alice.FindAll("[data-testid=claim-win]")));
        carol.WaitUntilShown(() => Assert.Contains("Red can claim the win now.", carol.Find("[data-testid=abandoned-seat]").TextContent, StringComparison.Ordinal));
        Assert.Empty(carol.FindAll("[data-testid=claim-win]"));

        alice.ClickOn("claim-win");
        carol.WaitUntilShown(() => Assert.Equal("Red wins by forfeit", carol.Find("[data-testid=game-status]").TextContent));
        carol.WaitUntilShown(() => Assert.Empty(carol.FindAll("[data-testid=abandoned-seat]")));
    }

    public ValueTask DisposeAsync() => _shared.DisposeAsync();
}
