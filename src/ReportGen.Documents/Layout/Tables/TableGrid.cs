using ReportGen.Documents.Document;

namespace ReportGen.Documents.Layout.Tables;

/// <summary>
/// Resolves the HTML-like span model once: each cell goes to the first free slot of its row, spans
/// are clamped to the table, and covered slots are marked. Header and body rows share one grid.
/// </summary>
public sealed class TableGrid
{
    public int Rows { get; }
    public int Columns { get; }
    public int HeaderRows { get; }
    public IReadOnlyList<GridCell> Cells { get; }

    public TableGrid(Table table)
    {
        Columns = table.Columns.Length;
        HeaderRows = table.HeaderRows.Length;
        var rows = table.HeaderRows.AddRange(table.BodyRows);
        Rows = rows.Length;
        var occupied = new bool[Rows, Math.Max(Columns, 1)];
        var cells = new List<GridCell>();
        for (var r = 0; r < Rows; r++)
        {
            var c = 0;
            foreach (var cell in rows[r].Cells)
            {
                while (c < Columns && occupied[r, c]) c++;
                if (c >= Columns) break;
                var inHeader = r < HeaderRows;
                // A header cell's rowspan may not reach into the body (it would break header repetition).
                var maxRows = inHeader ? HeaderRows - r : Rows - r;
                var rs = Math.Clamp(cell.RowSpan, 1, maxRows);
                var cs = Math.Clamp(cell.ColSpan, 1, Columns - c);
                for (var i = 0; i < rs; i++)
                    for (var j = 0; j < cs; j++)
                        occupied[r + i, c + j] = true;
                cells.Add(new GridCell(cell, r, c, rs, cs, inHeader));
                c += cs;
            }
        }
        Cells = cells;
    }
}
