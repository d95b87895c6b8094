using ReportGen.Documents.Document;
using ReportGen.Documents.Layout.Text;

namespace ReportGen.Documents.Layout.Tables;

/// <summary>
/// Measures a table: resolves spans, sizes columns from content, breaks each cell's text and
/// derives row heights (a rowspan cell that needs more height grows the last row it covers).
/// </summary>
public static class TableLayouter
{
    public const double Padding = 3;

    /// <summary>五号 for wide tables (table 三 has ten columns), 小四 otherwise.</summary>
    public static double FontSizeFor(int columns) => columns > 6 ? 10.5 : 12;

    public static MeasuredTable Measure(Table table, FontStack stack, double width)
    {
        var grid = new TableGrid(table);
        var size = FontSizeFor(grid.Columns);
        var lineHeight = Math.Round(size * 1.35, 2);
        var style = new TextStyle(TextRole.Table, size);
        var shaped = new ShapedText[grid.Cells.Count];
        var min = new double[grid.Columns];
        var preferred = new double[grid.Columns];
        for (var i = 0; i < grid.Columns; i++) min[i] = preferred[i] = size + 2 * Padding;
        for (var i = 0; i < grid.Cells.Count; i++)
        {
            var cell = grid.Cells[i];
            shaped[i] = TextShaper.Shape(InlineSpans.From(cell.Cell.Content), style, stack, table.Span);
            if (cell.ColSpan != 1) continue;
            var (longestWord, longestLine) = NaturalWidths(shaped[i]);
            min[cell.Column] = Math.Max(min[cell.Column], longestWord + 2 * Padding);
            preferred[cell.Column] = Math.Max(preferred[cell.Column], longestLine + 2 * Padding);
        }
        var widths = ColumnWidths.Compute(width, table.Columns.Select(c => c.Weight).ToArray(), min, preferred);
        var edges = new double[grid.Columns + 1];
        for (var i = 0; i < grid.Columns; i++) edges[i + 1] = edges[i] + widths[i];

        var cells = new List<MeasuredCell>(grid.Cells.Count);
        var rowHeights = new double[grid.Rows];
        for (var r = 0; r < grid.Rows; r++) rowHeights[r] = lineHeight + 2 * Padding;
        for (var i = 0; i < grid.Cells.Count; i++)
        {
            var cell = grid.Cells[i];
            var inner = edges[cell.Column + cell.ColSpan] - edges[cell.Column] - 2 * Padding;
            var align = AlignOf(cell, table);
            var lines = LineBreaker.Layout(shaped[i], inner, 0, align);
            var textHeight = lines.Count * lineHeight;
            cells.Add(new MeasuredCell(cell, shaped[i], lines, textHeight));
            if (cell.RowSpan == 1) rowHeights[cell.Row] = Math.Max(rowHeights[cell.Row], textHeight + 2 * Padding);
        }
        foreach (var cell in cells.Where(c => c.Grid.RowSpan > 1).OrderBy(c => c.Grid.RowSpan))
        {
            var have = 0.0;
            for (var r = cell.Grid.Row; r < cell.Grid.Row + cell.Grid.RowSpan; r++) have += rowHeights[r];
            var need = cell.TextHeight + 2 * Padding;
            if (need > have) rowHeights[cell.Grid.Row + cell.Grid.RowSpan - 1] += need - have;
        }
        return new MeasuredTable(edges, rowHeights, cells, grid.HeaderRows, BodyGroups(grid), size, lineHeight, Padding);
    }

    private static TextAlign AlignOf(GridCell cell, Table table)
    {
        var a = cell.Cell.Align != CellAlignment.Default ? cell.Cell.Align : cell.InHeader ? CellAlignment.Center : table.Columns[cell.Column].Align;
        return a switch
        {
            CellAlignment.Center => TextAlign.Center,
            CellAlignment.Right => TextAlign.Right,
            _ => TextAlign.Left,
        };
    }

    /// <summary>Rows joined by a rowspan form one group that is never split across pages.</summary>
    private static List<(int, int)> BodyGroups(TableGrid grid)
    {
        var reach = new int[grid.Rows];
        for (var r = 0; r < grid.Rows; r++) reach[r] = r + 1;
        foreach (var c in grid.Cells) reach[c.Row] = Math.Max(reach[c.Row], c.Row + c.RowSpan);
        var groups = new List<(int, int)>();
        var start = grid.HeaderRows;
        while (start < grid.Rows)
        {
            var end = reach[start];
            for (var r = start; r < end; r++) end = Math.Max(end, reach[r]);
            groups.Add((start, end));
            start = end;
        }
        return groups;
    }

    private static (double Word, double Line) NaturalWidths(ShapedText text)
    {
        double word = 0, current = 0, line = 0, currentLine = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text.CodePoints[i] == '\n')
            {
                line = Math.Max(line, currentLine);
                currentLine = 0;
                current = 0;
                continue;
            }
            if (i > 0 && LineBreakRules.CanBreakBetween(text.CodePoints[i - 1], text.CodePoints[i])) current = 0;
            current += text.Advances[i];
            currentLine += text.Advances[i];
            word = Math.Max(word, current);
        }
        return (word, Math.Max(line, currentLine));
    }
}
