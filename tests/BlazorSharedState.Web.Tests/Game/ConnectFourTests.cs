using BlazorSharedState.Web.Features.Game;

namespace BlazorSharedState.Web.Tests.Game;

public sealed class ConnectFourTests
{
    public static TheoryData<string, int, int, int, int> Lines => new()
    {
        // name, start column, start row, column step, row step
        { "horizontal at the bottom left edge", 0, 0, 1, 0 },
        { "horizontal at the top right edge", 3, 5, 1, 0 },
        { "vertical at the left edge", 0, 0, 0, 1 },
        { "vertical at the top of the right edge", 6, 2, 0, 1 },
        { "rising diagonal from the bottom left corner", 0, 0, 1, 1 },
        { "rising diagonal into the top right corner", 3, 2, 1, 1 },
        { "falling diagonal from the top left corner", 0, 5, 1, -1 },
        { "falling diagonal into the bottom right corner", 3, 3, 1, -1 },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void WhenTheLastDiscCompletesFour_ThenExactlyThoseFourWin(string name, int column, int row, int dc, int dr)
    {
        Cell[] line = [.. Enumerable.Range(0, 4).Select(i => new Cell(column + (i * dc), row + (i * dr)))];

        // Whichever disc of the line came last, the same four are found.
        foreach (var last in line)
        {
            var winning = ConnectFour.WinningCells(BoardWith(Disc.Yellow, line), last);
            Assert.True(line.ToHashSet().SetEquals(winning), name);
        }
    }

    [Fact]
    public void WhenOnlyThreeConnect_ThenNobodyWins()
    {
        var board = BoardWith(Disc.Red, new Cell(0, 0), new Cell(1, 0), new Cell(2, 0), new Cell(4, 0));

        Assert.Empty(ConnectFour.WinningCells(board, new Cell(2, 0)));
        Assert.Empty(ConnectFour.WinningCells(board, new Cell(4, 0)));
    }

    [Fact]
    public void WhenALineWrapsPastTheEdge_ThenItDoesNotCount()
    {
        // Cells 4..6 of row 0 and 0 of row 1 are adjacent in storage, not on the board.
        var board = BoardWith(Disc.Red, new Cell(4, 0), new Cell(5, 0), new Cell(6, 0), new Cell(0, 1));

        Assert.Empty(ConnectFour.WinningCells(board, new Cell(6, 0)));
    }

    [Fact]
    public void WhenTheOtherColourBreaksTheLine_ThenNobodyWins()
    {
        var board = Place(BoardWith(Disc.Red, new Cell(0, 0), new Cell(1, 1), new Cell(3, 3), new Cell(4, 4)), Disc.Yellow, new Cell(2, 2));

        Assert.Empty(ConnectFour.WinningCells(board, new Cell(3, 3)));
    }

    [Fact]
    public void WhenTwoLinesCrossAtTheLastDisc_ThenBothAreMarked()
    {
        Cell[] horizontal = [new(0, 0), new(1, 0), new(2, 0), new(3, 0), new(4, 0)];
        Cell[] vertical = [new(2, 1), new(2, 2), new(2, 3)];
        var board = BoardWith(Disc.Red, [.. horizontal, .. vertical]);

        var winning = ConnectFour.WinningCells(board, new Cell(2, 0));

        Assert.Equal(8, winning.Length);
        Assert.True(horizontal.Concat(vertical).ToHashSet().SetEquals(winning));
    }

    [Fact]
    public void WhenADiscDrops_ThenItLandsOnTheLowestEmptyCell()
    {
        var (once, first) = Board.Empty.Drop(3, Disc.Red);
        var (twice, second) = once.Drop(3, Disc.Yellow);

        Assert.Equal(new Cell(3, 0), first);
        Assert.Equal(new Cell(3, 1), second);
        Assert.Equal(Disc.Yellow, twice[second]);
        Assert.Equal(Disc.None, Board.Empty[first]);
    }

    private static Board BoardWith(Disc disc, params Cell[] cells) => Place(Board.Empty, disc, cells);

    // Puts discs anywhere, floating or not: win detection must not care how they got there.
    private static Board Place(Board board, Disc disc, params Cell[] cells) =>
        new(cells.Aggregate(board.Cells, (all, cell) => all.SetItem((cell.Column * Board.Rows) + cell.Row, disc)));
}
