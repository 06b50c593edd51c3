using System.Collections.Immutable;

namespace BlazorSharedState.Web.Features.Game;

/// <summary>A 7×6 Connect Four board; discs fall to the lowest empty cell of a column.</summary>
/// <param name="Cells">Column by column, bottom to top: cell (c, r) is at <c>c * Rows + r</c>.</param>
public sealed record Board(ImmutableArray<Disc> Cells)
{
    public const int Columns = 7;
    public const int Rows = 6;

    /// <summary>A board with no discs.</summary>
    public static Board Empty { get; } = new(ImmutableArray.Create(new Disc[Columns * Rows]));

    /// <summary>Whether <paramref name="cell"/> lies on the board.</summary>
    public static bool Contains(Cell cell) => cell.Column is >= 0 and < Columns && cell.Row is >= 0 and < Rows;

    /// <summary>The disc at <paramref name="cell"/>; <see cref="Disc.None"/> off the board.</summary>
    public Disc this[Cell cell] => Contains(cell) ? Cells[(cell.Column * Rows) + cell.Row] : Disc.None;

    /// <summary>Whether every cell holds a disc.</summary>
    public bool IsFull => Enumerable.Range(0, Columns).All(IsColumnFull);

    /// <summary>Whether <paramref name="column"/> has no room left.</summary>
    public bool IsColumnFull(int column) => LowestEmptyRow(column) is null;

    /// <summary>Where a disc dropped into <paramref name="column"/> would land; null when the column is full.</summary>
    public int? LowestEmptyRow(int column)
    {
        for (var row = 0; row < Rows; row++)
        {
            if (this[new Cell(column, row)] == Disc.None)
            {
                return row;
            }
        }

        return null;
    }

    /// <summary>The board with <paramref name="disc"/> dropped into <paramref name="column"/>, and where it landed.</summary>
    public (Board Board, Cell Cell) Drop(int column, Disc disc)
    {
        var row = LowestEmptyRow(column)
            ?? throw new InvalidOperationException($"Column {column} is full.");
        return (new Board(Cells.SetItem((column * Rows) + row, disc)), new Cell(column, row));
    }
}
