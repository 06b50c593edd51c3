using System.Collections.Immutable;
using System.Text.Json;
using BlazorSharedState.Web.Features.Game;
using BlazorSharedState.Web.Tests.Fixtures;
using static BlazorSharedState.Web.Tests.Game.GameTableDriver;

namespace BlazorSharedState.Web.Tests.Game;

/// <summary>Random legal games, with random illegal clicks mixed in, replayed from their move lists.</summary>
public sealed class ReplayTests
{
    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task WhenARandomGameIsReplayedFromItsMoveList_ThenItReachesTheSameState(int seed)
    {
        var random = new Random(seed);
        await using var played = AppHost.Start();
        var game = await SeatedAsync(played);
        while (!game.Table.IsOver)
        {
            await ClickSomethingIllegalAsync(game, random);
            var open = Enumerable.Range(0, Board.Columns).Where(c => !game.Table.Board.IsColumnFull(c)).ToArray();
            await game.PlayAsync(open[random.Next(open.Length)]);
        }

        await using var replayed = AppHost.Start();
        var replay = await SeatedAsync(replayed);
        await replay.PlayAsync([.. game.Table.Moves.Select(m => m.Column)]);

        // The illegal clicks are logged too, so the played moves' sequences run ahead of the replay's.
        var json = JsonSerializer.Serialize(WithoutMoveSequences(game.State));
        Assert.Equal(json, JsonSerializer.Serialize(WithoutMoveSequences(replay.State)));
        Assert.Equal(json, JsonSerializer.Serialize(JsonSerializer.Deserialize<GameState>(json)));
        AssertBoardMatchesMoves(game.Table);
    }

    private static async Task ClickSomethingIllegalAsync(GameTableDriver game, Random random)
    {
        var waiting = game.Table.PlayerAt(game.Table.Turn.Opponent())!;
        var (action, user, reason) = random.Next(3) switch
        {
            0 => (new DropDisc(game.TableId, random.Next(Board.Columns)), waiting, GameGuards.NotYourTurn),
            1 => (new DropDisc(game.TableId, random.Next(Board.Columns)), Spectator, GameGuards.NotSeated),
            _ => ((object)new TakeSeat(game.TableId, Disc.Red), Spectator, GameGuards.TableFull),
        };
        await game.RejectedAsync(action, user, reason);
    }

    private static GameState WithoutMoveSequences(GameState state) => state with
    {
        Tables = state.Tables.ToImmutableDictionary(
            t => t.Key, t => t.Value with { Moves = [.. t.Value.Moves.Select(m => m with { Sequence = 0 })] }),
    };

    private static void AssertBoardMatchesMoves(GameTable table)
    {
        Assert.Equal(table.Moves.Count, table.Board.Cells.Count(c => c != Disc.None));
        Assert.All(table.Moves, (move, i) =>
        {
            Assert.Equal(i % 2 == 0 ? Disc.Red : Disc.Yellow, move.Disc);
            Assert.Equal(move.Disc, table.Board[new Cell(move.Column, move.Row)]);
        });
        Assert.True(table.Outcome == GameOutcome.Draw ? table.Board.IsFull : !table.WinningCells.IsEmpty);
    }
}
