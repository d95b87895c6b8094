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

    /// <summary>
    /// What must fit under the caption and header on the table's first page: at least three body rows
    /// (fewer only when the table has fewer), whole row groups, and of a group taller than a page
    /// (table 三's 22-row 「三、本年度办理结果」) its first three rows.
    /// </summary>
    private double TableLeadHeight(Table table)
    {
        var m = MeasureTable(table);
        return (table.Caption is null ? 0 : _g.LinePitch) + m.HeaderHeight + m.Height(m.HeaderRows, LeadEnd(m));
    }

    /// <summary>The row after the last one that must share the first page with the header.</summary>
    private int LeadEnd(MeasuredTable m)
    {
        var fullPage = _g.BlockHeight - m.HeaderHeight;
        var end = m.HeaderRows;
        foreach (var (start, groupEnd) in m.BodyGroups)
        {
            if (end - m.HeaderRows >= MinSplitRows) break;
            // A long group is split only with at least three of its rows on a page (see PlaceTable).
            end = m.Height(start, groupEnd) <= fullPage + Epsilon ? groupEnd : Math.Min(groupEnd, start + MinSplitRows);
        }
        return end;
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
        // Header rows under THead, body rows under TBody (PDF/UA tables; the OFD writer reads the same tree).
        var head = m.HeaderRows > 0 ? AddNode("THead", tableNode) : null;
        var body = m.RowHeights.Length > m.HeaderRows ? AddNode("TBody", tableNode) : null;
        var rowNodes = new StructNode[m.RowHeights.Length];
        for (var r = 0; r < rowNodes.Length; r++) rowNodes[r] = AddNode("TR", r < m.HeaderRows ? head : body);
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
            // between rows; its group labels are repeated, marked （续）, on every further page.
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

            // Every cell centres its text vertically in the part on this page, numbers included
            // (their centre sits on the row's centre, in every writer). A group label that continues
            // from an earlier page is repeated there with （续）, as an artifact: a repetition, not content.
            var drawn = structural ? _cellLinesDrawn.GetValueOrDefault(cell) : 0;
            if (!structural && g.Row < start) continue;
            var inner = h - 2 * m.Padding;
            var fit = Math.Max(0, (int)Math.Floor((inner + Epsilon) / m.LineHeight));
            if (structural && g.Row < start && drawn >= cell.Lines.Count)
            {
                if (cell.Continuation is { } cont && cont.Lines.Count <= fit)
                    DrawLines(m, cont.Text, cont.Lines, 0, cont.Lines.Count, x, top, h, -1);
                continue;
            }
            var remaining = cell.Lines.Count - drawn;
            if (remaining <= 0) continue;
            var endsHere = g.Row + g.RowSpan <= end;
            // A label that fits the part is drawn whole; one taller than the part continues on the next page.
            var count = endsHere || remaining <= fit ? remaining : fit;
            if (count == 0) continue;
            DrawLines(m, cell.Text, cell.Lines, drawn, count, x, top, h, structural ? nodes[cell].Id : -1);
            if (structural) _cellLinesDrawn[cell] = drawn + count;
        }
        _y += m.Height(start, end);
        _pageHasContent = true;
    }

    /// <summary>Lines [first, first+count) of a cell's text, centred vertically in the box at (x, top) of height h.</summary>
    private void DrawLines(MeasuredTable m, ShapedText text, IReadOnlyList<TextLine> lines, int first, int count, double x, double top, double h, int structId)
    {
        var textTop = top + Math.Max(m.Padding, (h - count * m.LineHeight) / 2);
        var baselineOffset = (m.LineHeight - m.FontSize) / 2 + _g.AscentEm * m.FontSize;
        for (var i = 0; i < count; i++)
            LineEmitter.Emit(_page.Items, text, lines[first + i], x + m.Padding, textTop + i * m.LineHeight + baselineOffset, structId);
    }
}
