using ReportGen.Importing.Published;

namespace ReportGen.Importing.Recognition;

/// <summary>A published cell placed on the grid: where its span starts and how far it reaches.</summary>
public sealed record GridCell(PublishedCell Cell, int Row, int Column, int RowSpan, int ColSpan)
{
    public string Text => Cell.Text;
    public bool Covers(int column) => column >= Column && column < Column + ColSpan;
}

/// <summary>
/// A published table with its row and column spans expanded into a grid (as the HTML table model
/// places cells): every slot knows the cell that covers it, so a label merged over several rows or a
/// header merged over several columns is found from any slot it covers.
/// </summary>
public sealed class TableGrid
{
    private const int MaxColumns = 200;

    private TableGrid(GridCell?[,] slots, List<GridCell> cells)
    {
        Slots = slots;
        Cells = cells;
    }

    public GridCell?[,] Slots { get; }
    public IReadOnlyList<GridCell> Cells { get; }
    public int Rows => Slots.GetLength(0);
    public int Columns => Slots.GetLength(1);

    public GridCell? At(int row, int column) => row < Rows && column < Columns ? Slots[row, column] : null;

    /// <summary>The distinct cells of a grid row, left to right (a cell spanning into the row from above included).</summary>
    public IReadOnlyList<GridCell> RowCells(int row)
    {
        var result = new List<GridCell>();
        for (var c = 0; c < Columns; c++)
            if (Slots[row, c] is { } cell && (result.Count == 0 || !ReferenceEquals(result[^1], cell))) result.Add(cell);
        return result;
    }

    public static TableGrid Expand(PublishedTable table)
    {
        var rows = table.Rows.Length;
        // Widths first: the widest row, spans included, bounded so a hostile colspan cannot allocate.
        var width = 0;
        var occupied = new Dictionary<(int, int), bool>();
        var placed = new List<GridCell>();
        for (var r = 0; r < rows; r++)
        {
            var c = 0;
            foreach (var cell in table.Rows[r])
            {
                while (occupied.ContainsKey((r, c))) c++;
                if (c >= MaxColumns) break;
                var colSpan = Math.Clamp(cell.ColSpan, 1, MaxColumns - c);
                var rowSpan = Math.Clamp(cell.RowSpan, 1, rows - r);
                for (var dr = 0; dr < rowSpan; dr++)
                    for (var dc = 0; dc < colSpan; dc++)
                        occupied[(r + dr, c + dc)] = true;
                placed.Add(new GridCell(cell, r, c, rowSpan, colSpan));
                c += colSpan;
                width = Math.Max(width, c);
            }
        }
        var slots = new GridCell?[rows, Math.Max(width, 1)];
        foreach (var cell in placed)
            for (var dr = 0; dr < cell.RowSpan; dr++)
                for (var dc = 0; dc < cell.ColSpan && cell.Column + dc < width; dc++)
                    slots[cell.Row + dr, cell.Column + dc] ??= cell;
        return new TableGrid(slots, placed);
    }
}
