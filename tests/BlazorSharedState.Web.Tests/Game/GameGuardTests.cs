using BlazorSharedState.Web.Features.Game;
using BlazorSharedState.Web.Tests.Fixtures;
using static BlazorSharedState.Web.Tests.Game.GameTableDriver;

namespace BlazorSharedState.Web.Tests.Game;

public sealed class GameGuardTests : IAsyncDisposable
{
    private readonly SharedStoreTestHost _shared = AppHost.Start();

    public static TheoryData<object> ActionsAtAMissingTable => new()
    {
        new TakeSeat("404", Disc.Red),
        new LeaveSeat("404"),
        new DropDisc("404", 3),
        new Rematch("404"),
    };

    [Theory]
    [MemberData(nameof(ActionsAtAMissingTable))]
    public async Task WhenTheTableDoesNotExist_ThenEveryTableActionIsRejected(object action)
    {
        var subject = await SeatedAsync(_shared);

        await subject.RejectedAsync(action, Red, GameGuards.TableMissing);
    }

    [Fact]
    public async Task WhenSomeoneWhoIsNotSeatedDropsADisc_ThenItIsRejected()
    {
        var subject = await SeatedAsync(_shared);

        await subject.RejectedAsync(new DropDisc(subject.TableId, 3), Spectator, GameGuards.NotSeated);
    }

    [Fact]
    public async Task WhenOnlyOnePlayerIsSeated_ThenTheGameHasNotStarted()
    {
        var subject = await CreateAsync(_shared);
        await subject.AcceptedAsync(new TakeSeat(subject.TableId, Disc.Red), Red);

        await subject.RejectedAsync(new DropDisc(subject.TableId, 3), Red, GameGuards.NotStarted);
        Assert.Equal("Waiting for players", subject.Table.Status);
    }

    [Fact]
    public async Task WhenYellowMovesOnRedsTurn_ThenItIsNotTheirTurn()
    {
        var subject = await SeatedAsync(_shared);

        await subject.RejectedAsync(new DropDisc(subject.TableId, 3), Yellow, GameGuards.NotYourTurn);
        await subject.PlayAsync(3);
        await subject.RejectedAsync(new DropDisc(subject.TableId, 4), Red, GameGuards.NotYourTurn);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(7)]
    [InlineData(int.MaxValue)]
    public async Task WhenTheColumnIsOutsideTheBoard_ThenItIsRejected(int column)
    {
        var subject = await SeatedAsync(_shared);

        await subject.RejectedAsync(new DropDisc(subject.TableId, column), Red, GameGuards.ColumnOutside);
    }

    [Fact]
    public async Task WhenTheColumnIsFull_ThenItIsRejected()
    {
        var subject = await SeatedAsync(_shared);
        await subject.PlayAsync("000000");

        await subject.RejectedAsync(new DropDisc(subject.TableId, 0), Red, GameGuards.ColumnFull);
    }

    [Fact]
    public async Task WhenTheGameIsOver_ThenNoMoreDiscsDrop()
    {
        var subject = await SeatedAsync(_shared);
        await subject.PlayAsync("0101010");

        await subject.RejectedAsync(new DropDisc(subject.TableId, 5), Yellow, GameGuards.GameOver);
        await subject.RejectedAsync(new DropDisc(subject.TableId, 5), Red, GameGuards.GameOver);
    }

    [Fact]
    public async Task WhenTheSeatIsTaken_ThenSomeoneElseCannotTakeIt()
    {
        var subject = await CreateAsync(_shared);
        await subject.AcceptedAsync(new TakeSeat(subject.TableId, Disc.Yellow), Yellow);

        await subject.RejectedAsync(new TakeSeat(subject.TableId, Disc.Yellow), Red, GameGuards.SeatTaken);
    }

    [Fact]
    public async Task WhenBothSeatsAreTaken_ThenTheTableIsFull()
    {
        var subject = await SeatedAsync(_shared);

        await subject.RejectedAsync(new TakeSeat(subject.TableId, Disc.Red), Spectator, GameGuards.TableFull);
    }

    [Fact]
    public async Task WhenASeatedUserTakesTheOtherSeat_ThenTheyAlreadyHaveOne()
    {
        var subject = await CreateAsync(_shared);
        await subject.AcceptedAsync(new TakeSeat(subject.TableId, Disc.Red), Red);

        await subject.RejectedAsync(new TakeSeat(subject.TableId, Disc.Yellow), Red, GameGuards.AlreadySeated);
        await subject.RejectedAsync(new TakeSeat(subject.TableId, Disc.Red), Red, GameGuards.AlreadySeated);
    }

    [Fact]
    public async Task WhenTheSeatIsNeitherColour_ThenThereIsNoSuchSeat()
    {
        var subject = await CreateAsync(_shared);

        await subject.RejectedAsync(new TakeSeat(subject.TableId, Disc.None), Red, GameGuards.NoSuchSeat);
        await subject.RejectedAsync(new TakeSeat(subject.TableId, (Disc)42), Red, GameGuards.NoSuchSeat);
    }

    [Fact]
    public async Task WhenSomeoneWhoIsNotSeatedLeavesOrAsksForARematch_ThenItIsRejected()
    {
        var subject = await SeatedAsync(_shared);
        await subject.PlayAsync("0101010");

        await subject.RejectedAsync(new LeaveSeat(subject.TableId), Spectator, GameGuards.NotSeated);
        await subject.RejectedAsync(new Rematch(subject.TableId), Spectator, GameGuards.NotSeated);
    }

    [Fact]
    public async Task WhenTheGameIsNotOver_ThenThereIsNoRematch()
    {
        var subject = await SeatedAsync(_shared);
        await subject.PlayAsync(3);

        await subject.RejectedAsync(new Rematch(subject.TableId), Red, GameGuards.NotOver);
    }

    public ValueTask DisposeAsync() => _shared.DisposeAsync();
}
