using ReportGen.Documents.Document;
using ReportGen.Documents.Layout.Text;

namespace ReportGen.Documents.Layout.Tables;

/// <summary>
/// Measures a table: resolves spans, sizes columns from content, breaks each cell's text and
/// derives row heights (a rowspan cell that needs more height grows the last row it covers).
/// Labels break only between words (<see cref="LabelBreaks"/>), so no column is narrower than a
/// label's longest word, and a wrapped cell's lines are balanced rather than leaving one or two
/// characters alone on the last line.
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
            shaped[i].BreakMask = LabelBreaks.For(shaped[i].CodePoints);
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
            var lines = Balanced(shaped[i], inner, align);
            var textHeight = lines.Count * lineHeight;
            cells.Add(new MeasuredCell(cell, shaped[i], lines, textHeight)
            {
                Continuation = cell.RowSpan > 1 && !cell.InHeader ? Continued(cell, style, stack, table, inner, align) : null,
            });
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

    /// <summary>The suffix a group label carries on the page where its rows continue.</summary>
    public const string ContinuationMark = "（续）";

    /// <summary>A group label repeated on a continuation page: 「三、本年度办理结果（续）」.</summary>
    private static (ShapedText, IReadOnlyList<TextLine>)? Continued(GridCell cell, TextStyle style, FontStack stack, Table table, double inner, TextAlign align)
    {
        var label = cell.Cell.PlainText;
        if (label.Length == 0) return null;
        var text = TextShaper.Shape([new StyledSpan(label + ContinuationMark)], style, stack, table.Span);
        text.BreakMask = LabelBreaks.For(text.CodePoints);
        if (text.BreakMask is { } mask) mask[text.Length - ContinuationMark.Length] = true;
        return (text, Balanced(text, inner, align));
    }

    /// <summary>
    /// Breaks a cell's text, then narrows the measure as far as the line count allows (CSS
    /// text-wrap: balance): 「3.危及“三安全一稳定”」 wraps as two even lines, not with 「定”」 alone.
    /// </summary>
    private static List<TextLine> Balanced(ShapedText text, double width, TextAlign align)
    {
        // Prepared once for the dozen trial widths, which only count lines: none of them is positioned.
        using var prepared = LineBreaker.Prepare(text);
        var lines = prepared.Layout(width, 0, align);
        if (lines.Count < 2) return lines;
        double lo = width / 2, hi = width;
        for (var i = 0; i < 12 && hi - lo > 0.5; i++)
        {
            var mid = (lo + hi) / 2;
            if (prepared.CountLines(mid, 0) == lines.Count) hi = mid;
            else lo = mid;
        }
        // Lay out at the balanced width but position in the full cell, so centring stays true.
        var balanced = prepared.Layout(hi, 0, align);
        return balanced.Count == lines.Count ? Reposition(text, balanced, width, align) : lines;
    }

    /// <summary>Moves lines laid out in a narrower measure into the full width (centred or right text shifts).</summary>
    private static List<TextLine> Reposition(ShapedText text, List<TextLine> lines, double width, TextAlign align)
    {
        if (align is not (TextAlign.Center or TextAlign.Right)) return lines;
        var result = new List<TextLine>(lines.Count);
        foreach (var line in lines)
        {
            var ink = line.End > line.Start ? line.X[^1] - text.DrawOffset(line.End - 1) + text.Advances[line.End - 1] - line.X[0] + text.DrawOffset(line.Start) : 0;
            var target = align == TextAlign.Center ? (width - ink) / 2 : width - ink;
            var shift = target - (line.X.Length > 0 ? line.X[0] - text.DrawOffset(line.Start) : 0);
            result.Add(line with { X = line.X.Select(x => x + shift).ToArray() });
        }
        return result;
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
            if (i > 0 && text.CanBreakBefore(i)) current = 0;
            current += text.Advances[i];
            currentLine += text.Advances[i];
            word = Math.Max(word, current);
        }
        return (word, Math.Max(line, currentLine));
    }
}
