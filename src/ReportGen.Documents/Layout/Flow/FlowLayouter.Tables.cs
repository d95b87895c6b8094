using ReportGen.Documents.Document;
using ReportGen.Documents.Layout.Pages;
using ReportGen.Documents.Layout.Tables;
using ReportGen.Documents.Layout.Text;

namespace ReportGen.Documents.Layout.Flow;

internal sealed partial class FlowLayouter
{
    private const double RuleWidth = 0.5;
    private const int MinSplitRows = 3;
    private readonly Dictionary<Table, MeasuredTable> _tables = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<MeasuredCell, int> _cellLinesDrawn = new(ReferenceEqualityComparer.Instance);

    private MeasuredTable MeasureTable(Table table)
    {
        if (!_tables.TryGetValue(table, out var measured))
        {
            measured = TableLayouter.Measure(table, _fonts.GetStack(TextRole.Table), _g.BlockWidth);
            _tables[table] = measured;
        }
        return measured;
    }

    private LaidText? LayCaption(Table table) => table.Caption is null
        ? null
        : Lay(table, [new StyledSpan(table.Caption)], BodyStyle(TextRole.Body), TextAlign.Center, 0, _g.LinePitch);

    private double TableLeadHeight(Table table)
    {
        var m = MeasureTable(table);
        var first = m.BodyGroups.Count > 0 ? m.Height(m.BodyGroups[0].Start, m.BodyGroups[0].End) : 0;
        // A first group taller than a page is split anyway: then only its first row must follow.
        if (first > _g.BlockHeight - m.HeaderHeight) first = m.RowHeights[m.BodyGroups[0].Start];
        return (table.Caption is null ? 0 : _g.LinePitch) + m.HeaderHeight + first;
    }

    private void PlaceTable(Table table, Block? next)
    {
        var m = MeasureTable(table);
        if (_y + TableLeadHeight(table) > _g.Bottom + Epsilon && _pageHasContent) NewPage();
        var tableNode = AddNode("Table", summary: table.Summary);
        if (LayCaption(table) is { } caption)
        {
            var captionNode = AddNode("Caption", tableNode);
            Emit(caption, 0, caption.Lines.Count, captionNode.Id);
        }
        var rowNodes = new StructNode[m.RowHeights.Length];
        for (var r = 0; r < rowNodes.Length; r++) rowNodes[r] = AddNode("TR", tableNode);
        var cellNodes = new Dictionary<MeasuredCell, StructNode>(ReferenceEqualityComparer.Instance);
        foreach (var cell in m.Cells)
        {
            var g = cell.Grid;
            var isHeader = g.InHeader || g.Cell.IsHeader;
            var node = new StructNode(_nextId++, isHeader ? "TH" : "TD")
            {
                RowSpan = g.RowSpan,
                ColSpan = g.ColSpan,
                Scope = isHeader ? (g.InHeader ? "Column" : "Row") : null,
            };
            rowNodes[g.Row].Children.Add(node);
            cellNodes[cell] = node;
        }

        DrawRows(m, 0, m.HeaderRows, cellNodes, structural: true);
        var fullPage = _g.BlockHeight - m.HeaderHeight;
        // A signature right after the table must not be alone on the next page: the last row group goes with it.
        var reserve = next is SignatureBlock s ? SignatureHeight(s) : 0;
        var groupsOnPage = 0;
        for (var g = 0; g < m.BodyGroups.Count; g++)
        {
            var (start, end) = m.BodyGroups[g];
            // Rows stay whole and rowspan groups together; a page break repeats the header rows
            // (as artifacts: they are a repetition, not content).
            var groupHeight = m.Height(start, end);
            var isLast = g == m.BodyGroups.Count - 1;
            if (isLast && reserve > 0 && groupsOnPage > 0 && _y + groupHeight <= _g.Bottom + Epsilon
                && _y + groupHeight + reserve > _g.Bottom + Epsilon && groupHeight + reserve <= fullPage)
            {
                ContinueOnNewPage(m, cellNodes);
                DrawRows(m, start, end, cellNodes, structural: true);
                continue;
            }
            if (_y + groupHeight <= _g.Bottom + Epsilon)
            {
                groupsOnPage++;
                DrawRows(m, start, end, cellNodes, structural: true);
                continue;
            }
            if (groupHeight <= fullPage + Epsilon)
            {
                ContinueOnNewPage(m, cellNodes);
                DrawRows(m, start, end, cellNodes, structural: true);
                groupsOnPage = 1;
                continue;
            }
            // A group taller than a page (table 三's 「三、本年度办理结果」 spans 22 rows) is split
            // between rows; the spanning cell is drawn in parts, its text in the first.
            var row = start;
            while (row < end)
            {
                var last = row;
                while (last < end && _y + m.Height(row, last + 1) <= _g.Bottom + Epsilon) last++;
                // Fewer than three rows of a long group at a page's foot read badly: start it on the next page.
                if (last - row < Math.Min(MinSplitRows, end - row) && _y > _g.Top + m.HeaderHeight + Epsilon)
                {
                    ContinueOnNewPage(m, cellNodes);
                    continue;
                }
                if (last == row) last = row + 1; // a single row taller than a page: place it and let it overflow
                DrawRows(m, row, last, cellNodes, structural: true);
                groupsOnPage = 1;
                row = last;
            }
        }
        _y += RuleWidth;
        SnapToGrid();
    }

    private void ContinueOnNewPage(MeasuredTable m, Dictionary<MeasuredCell, StructNode> cellNodes)
    {
        NewPage();
        DrawRows(m, 0, m.HeaderRows, cellNodes, structural: false);
    }

    private static int TallestInRow(MeasuredTable m, int row)
    {
        var tallest = 0;
        foreach (var c in m.Cells)
            if (c.Grid.Row == row && c.Grid.RowSpan == 1 && c.Lines.Count > tallest) tallest = c.Lines.Count;
        return tallest;
    }

    private void DrawRows(MeasuredTable m, int start, int end, Dictionary<MeasuredCell, StructNode> nodes, bool structural)
    {
        if (start >= end) return;
        foreach (var cell in m.Cells)
        {
            var g = cell.Grid;
            // Cells that overlap the slice: a rowspan cell split across pages is drawn in parts.
            if (g.Row >= end || g.Row + g.RowSpan <= start) continue;
            var first = Math.Max(g.Row, start);
            var x = _g.Left + m.ColumnEdges[g.Column];
            var w = m.ColumnEdges[g.Column + g.ColSpan] - m.ColumnEdges[g.Column];
            var top = _y + m.Height(start, first);
            var h = m.Height(first, Math.Min(g.Row + g.RowSpan, end));
            _page.Items.Add(new RectItem(x, top, w, h, RuleWidth));

            // Whole cells centre their text. A cell split across pages puts as many lines as fit
            // into each part, top-aligned, and centres what is left in its last part.
            var drawn = structural ? _cellLinesDrawn.GetValueOrDefault(cell) : 0;
            if (!structural && g.Row < start) continue;
            var remaining = cell.Lines.Count - drawn;
            if (remaining <= 0) continue;
            var endsHere = g.Row + g.RowSpan <= end;
            var fit = Math.Max(0, (int)Math.Floor((h - 2 * m.Padding + Epsilon) / m.LineHeight));
            var count = endsHere ? remaining : Math.Min(remaining, fit);
            if (count == 0) continue;
            var textHeight = count * m.LineHeight;
            var textTop = endsHere && drawn == 0 || endsHere && textHeight <= h - 2 * m.Padding
                ? top + Math.Max(0, (h - textHeight) / 2)
                : top + m.Padding;
            // In a body row whose label wraps, shorter cells (units, numbers) sit on the label's last
            // line rather than between its lines: read in order, a number then follows its whole label.
            if (!g.InHeader && g.RowSpan == 1 && drawn == 0 && endsHere)
            {
                var rowLines = TallestInRow(m, g.Row);
                if (rowLines > count)
                    textTop = top + (h + rowLines * m.LineHeight) / 2 - textHeight;
            }
            var baselineOffset = (m.LineHeight - m.FontSize) / 2 + _g.AscentEm * m.FontSize;
            var structId = structural ? nodes[cell].Id : -1;
            for (var i = 0; i < count; i++)
                LineEmitter.Emit(_page.Items, cell.Text, cell.Lines[drawn + i], x + m.Padding, textTop + i * m.LineHeight + baselineOffset, structId);
            if (structural) _cellLinesDrawn[cell] = drawn + count;
        }
        _y += m.Height(start, end);
        _pageHasContent = true;
    }
}
