using BlazorSharedState.Web.Features.Game;
using BlazorSharedState.Web.Tests.Fixtures;
using static BlazorSharedState.Web.Tests.Game.GameTableDriver;

namespace BlazorSharedState.Web.Tests.Game;

public sealed class GameReducerTests : IAsyncDisposable
{
    /// <summary>A full board with no four in a row anywhere.</summary>
    public const string DrawnGame = "330254564223355224331121550404466660106011";

    private readonly SharedStoreTestHost _shared = AppHost.Start();

    [Fact]
    public async Task WhenATableIsCreated_ThenItsIdComesFromTheActionsSequence()
    {
        var created = await _shared.AcceptedAsync(new CreateTable(), Red);

        var table = _shared.Store.GetState<GameState>().Tables[GameTable.IdFor(created.Sequence)];
        Assert.Equal(created.Sequence, table.Number);
        Assert.Equal("Waiting for players", table.Status);
        Assert.All(table.Board.Cells, cell => Assert.Equal(Disc.None, cell));
    }

    [Fact]
    public async Task WhenBothSeatsAreTaken_ThenRedMovesFirst()
    {
        var subject = await SeatedAsync(_shared);

        Assert.Equal("Red to move", subject.Table.Status);
        await subject.PlayAsync(3);
        Assert.Equal("Yellow to move", subject.Table.Status);
        Assert.Equal(new Move(3, 0, Disc.Red, Red, subject.Table.LastMove!.Sequence), subject.Table.LastMove);
    }

    [Theory]
    [InlineData("0101010", "Red wins", "0,0 0,1 0,2 0,3")]
    [InlineData("0011223", "Red wins", "0,0 1,0 2,0 3,0")]
    [InlineData("06160616", "Yellow wins", "6,0 6,1 6,2 6,3")]
    [InlineData("01122323363", "Red wins", "0,0 1,1 2,2 3,3")]
    [InlineData("44534360533", "Red wins", "3,3 4,2 5,1 6,0")]
    public async Task WhenFourConnect_ThenThatColourWinsAndTheFourAreMarked(string columns, string status, string cells)
    {
        var subject = await SeatedAsync(_shared);

        await subject.PlayAsync(columns);

        Assert.Equal(status, subject.Table.Status);
        Assert.True(subject.Table.IsOver);
        Assert.Equal(cells, string.Join(' ', subject.Table.WinningCells.OrderBy(c => c.Column).ThenBy(c => c.Row).Select(c => $"{c.Column},{c.Row}")));
    }

    [Fact]
    public async Task WhenTheBoardFillsWithoutFour_ThenItIsADraw()
    {
        var subject = await SeatedAsync(_shared);

        await subject.PlayAsync(DrawnGame[..^1]);
        Assert.Equal("Yellow to move", subject.Table.Status);
        await subject.PlayAsync(DrawnGame[^1..]);

        Assert.Equal("Draw", subject.Table.Status);
        Assert.Equal(GameOutcome.Draw, subject.Table.Outcome);
        Assert.Empty(subject.Table.WinningCells);
        Assert.True(subject.Table.Board.IsFull);
    }

    [Fact]
    public async Task WhenARematchStarts_ThenThePlayersSwapColoursOnAnEmptyBoard()
    {
        var subject = await SeatedAsync(_shared);
        await subject.PlayAsync("0101010");

        await subject.AcceptedAsync(new Rematch(subject.TableId), Yellow);

        var table = subject.Table;
        Assert.Equal((Yellow, Red), (table.RedUserId, table.YellowUserId));
        Assert.Equal(2, table.GameNumber);
        Assert.Equal("Red to move", table.Status);
        Assert.Empty(table.Moves);
        Assert.Empty(table.WinningCells);
        Assert.Same(Board.Empty, table.Board);
        await subject.RejectedAsync(new DropDisc(subject.TableId, 3), Red, GameGuards.NotYourTurn);
        await subject.AcceptedAsync(new DropDisc(subject.TableId, 3), Yellow);
    }

    [Theory]
    [InlineData(Red, "Yellow wins by forfeit", GameOutcome.YellowWins)]
    [InlineData(Yellow, "Red wins by forfeit", GameOutcome.RedWins)]
    public async Task WhenAPlayerLeavesDuringAGame_ThenTheyForfeit(string leaver, string status, GameOutcome outcome)
    {
        var subject = await SeatedAsync(_shared);
        await subject.PlayAsync("3344");

        await subject.AcceptedAsync(new LeaveSeat(subject.TableId), leaver);

        Assert.Equal(status, subject.Table.Status);
        Assert.Equal(outcome, subject.Table.Outcome);
        Assert.True(subject.Table.Forfeited);
        Assert.Equal(Disc.None, subject.Table.SeatOf(leaver));
        Assert.Equal(4, subject.Table.Moves.Count);
    }

    [Fact]
    public async Task WhenAPlayerLeavesBeforeAnOpponentSits_ThenNothingIsForfeited()
    {
        var subject = await CreateAsync(_shared);
        await subject.AcceptedAsync(new TakeSeat(subject.TableId, Disc.Red), Red);

        await subject.AcceptedAsync(new LeaveSeat(subject.TableId), Red);

        Assert.Equal(GameOutcome.None, subject.Table.Outcome);
        Assert.Null(subject.Table.RedUserId);
        Assert.Equal("Waiting for players", subject.Table.Status);
    }

    [Fact]
    public async Task WhenTheWinnerLeavesAfterTheGame_ThenTheResultStandsAndTheSeatIsFree()
    {
        var subject = await SeatedAsync(_shared);
        await subject.PlayAsync("0101010");

        await subject.AcceptedAsync(new LeaveSeat(subject.TableId), Red);
        await subject.AcceptedAsync(new TakeSeat(subject.TableId, Disc.Red), Spectator);

        Assert.Equal("Red wins", subject.Table.Status);
        Assert.False(subject.Table.Forfeited);
        Assert.Equal(Spectator, subject.Table.RedUserId);
    }

    public ValueTask DisposeAsync() => _shared.DisposeAsync();
}
