using System.Collections.Immutable;

namespace BlazorSharedState.Web.Features.Game;

/// <summary>Finds four (or more) in a row through the last disc dropped.</summary>
public static class ConnectFour
{
    private const int Needed = 4;

    // Horizontal, vertical, and both diagonals; each is walked both ways from the last disc.
    private static readonly (int Columns, int Rows)[] Directions = [(1, 0), (0, 1), (1, 1), (1, -1)];

    /// <summary>
    /// Every cell of each line of four or more through <paramref name="last"/>; empty when
    /// the disc there connected nothing. Only the last disc can have made a new line.
    /// </summary>
    public static ImmutableArray<Cell> WinningCells(Board board, Cell last)
    {
        var disc = board[last];
        if (disc == Disc.None)
        {
            return [];
        }

        var winning = ImmutableArray.CreateBuilder<Cell>();
        foreach (var (dc, dr) in Directions)
        {
            var line = Run(board, last, disc, -dc, -dr).Reverse().Append(last).Concat(Run(board, last, disc, dc, dr)).ToList();
            if (line.Count >= Needed)
            {
                winning.AddRange(line.Where(cell => !winning.Contains(cell)));
            }
        }

        return winning.ToImmutable();
    }

    private static IEnumerable<Cell> Run(Board board, Cell from, Disc disc, int dc, int dr)
    {
        for (var cell = new Cell(from.Column + dc, from.Row + dr); board[cell] == disc; cell = new Cell(cell.Column + dc, cell.Row + dr))
        {
            yield return cell;
        }
    }
}
