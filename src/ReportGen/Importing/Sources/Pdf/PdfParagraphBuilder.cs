using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ReportGen.Importing.Published;

namespace ReportGen.Importing.Sources.Pdf;

/// <summary>
/// Pages of geometry to blocks. Tables come from rulings; charts from filled shapes (and, in a tagged
/// PDF, the figure's own glyphs); the remaining glyphs are set into lines by baseline and lines into
/// paragraphs by the cues a printed report gives: a first-line indent or a short last line ends a
/// paragraph, a larger size at the top is the title, another font is a heading, a centred line is a
/// caption or a date, a line set to the right is the signature. A paragraph or a table broken by a
/// page break is joined again; page numbers and running heads are dropped.
/// </summary>
public sealed partial class PdfParagraphBuilder(IReadOnlyList<PdfPageContent> pages)
{
    private readonly List<PublishedBlock> _blocks = new();

    // Body metrics of the whole document, learned from its lines.
    private double _size = 12;
    private string _font = "";
    private double _left;
    private double _right;

    private readonly List<PdfLine> _paragraph = new();
    private ParagraphRole _paragraphRole;
    private bool _seenBody;
    private (int Page, double Bottom, IReadOnlyList<double> Edges)? _lastTable;

    public List<PublishedBlock> Build()
    {
        var items = pages.Select(Items).ToList();
        Learn(items.SelectMany(i => i.OfType<LineItem>()).Select(l => l.Line).ToList());
        foreach (var pageItems in items)
        {
            foreach (var item in pageItems)
            {
                switch (item)
                {
                    case TableItem t: FlushParagraph(); AddTable(t); break;
                    case FigureItem f: FlushParagraph(); _blocks.Add(f.Figure); _lastTable = null; break;
                    case LineItem l: AddLine(l.Line); break;
                }
            }
        }
        FlushParagraph();
        return _blocks;
    }

    private abstract record PageItem(double Top);
    private sealed record LineItem(PdfLine Line) : PageItem(Line.Top);
    private sealed record TableItem(PdfGridTable Grid, PublishedTable Table, int Page) : PageItem(Grid.Box.Top);
    private sealed record FigureItem(PublishedFigure Figure, double At) : PageItem(At);

    /// <summary>A page's tables, figures and lines in reading order (top to bottom).</summary>
    private static List<PageItem> Items(PdfPageContent page)
    {
        var items = new List<PageItem>();
        var used = new HashSet<PdfGlyph>(ReferenceEqualityComparer.Instance);
        foreach (var grid in PdfTableGrid.Find(page.Segments))
        {
            var inside = page.Glyphs.Where(g => grid.Box.Contains(g.CenterX, g.CenterY, 1)).ToList();
            foreach (var g in inside) used.Add(g);
            if (grid.Cells.Count == 1)
            {
                // A framed box with a line in it is a figure left as a placeholder.
                var text = TextClean.Inline(string.Join(" ", Lines(inside, page.Number).Select(l => l.Text)));
                items.Add(new FigureItem(new PublishedFigure("", null, text), grid.Box.Top));
                continue;
            }
            items.Add(new TableItem(grid, ToTable(grid, inside, page.Number), page.Number));
        }
        foreach (var region in FigureRegions(page, items.OfType<TableItem>().Select(t => t.Grid.Box).ToList()))
        {
            var inside = page.Glyphs.Where(g => !used.Contains(g) && (g.Tag == PdfGlyphTag.Figure || g.Tag == PdfGlyphTag.None && region.Contains(g.CenterX, g.CenterY))).ToList();
            foreach (var g in inside) used.Add(g);
            var labels = Lines(inside, page.Number);
            items.Add(new FigureItem(new PublishedFigure("", PdfChartReader.Read(labels, page.Shapes.Where(s => region.Overlaps(new PdfBox(s.Left, s.Top, s.Right, s.Bottom))).ToList())), region.Top));
        }
        // Tagged figure text with no shapes found (a chart drawn only with strokes) still belongs to a figure.
        var looseFigure = page.Glyphs.Where(g => g.Tag == PdfGlyphTag.Figure && !used.Contains(g)).ToList();
        if (looseFigure.Count > 0)
        {
            foreach (var g in looseFigure) used.Add(g);
            var labels = Lines(looseFigure, page.Number);
            items.Add(new FigureItem(new PublishedFigure("", PdfChartReader.Read(labels, Array.Empty<PdfShape>())), looseFigure.Min(g => g.Top)));
        }
        foreach (var line in Lines(page.Glyphs.Where(g => !used.Contains(g)).ToList(), page.Number))
            if (!IsPageChrome(line, page)) items.Add(new LineItem(line));
        items.Sort((a, b) => a.Top.CompareTo(b.Top));
        return items;
    }

    /// <summary>Charts: filled shapes (bars, slices) with the horizontal grid lines across them, plus room for their labels.</summary>
    private static List<PdfBox> FigureRegions(PdfPageContent page, List<PdfBox> tables)
    {
        var boxes = page.Shapes.Select(s => new PdfBox(s.Left, s.Top, s.Right, s.Bottom))
            .Where(b => !tables.Any(t => t.Overlaps(b, 1)) && b.Width < page.Width * 0.9).ToList();
        if (boxes.Count == 0) return new List<PdfBox>();
        var regions = new List<PdfBox>();
        foreach (var box in boxes.OrderBy(b => b.Top))
        {
            var i = regions.FindIndex(r => r.Overlaps(box, 40));
            if (i >= 0) regions[i] = regions[i].Union(box); else regions.Add(box);
        }
        // Grid lines of the same chart widen it to the plot area.
        for (var i = 0; i < regions.Count; i++)
            foreach (var s in page.Segments.Where(s => s.IsHorizontal))
            {
                var b = new PdfBox(s.X1, s.Y1, s.X2, s.Y2);
                if (!tables.Any(t => t.Overlaps(b, 1)) && regions[i].Overlaps(b, 30)) regions[i] = regions[i].Union(b);
            }
        var size = page.Glyphs.Count > 0 ? page.Glyphs.GroupBy(g => Math.Round(g.Size)).MaxBy(g => g.Count())!.Key : 12;
        return regions.Select(r => new PdfBox(r.Left - 4 * size, r.Top - 1.6 * size, r.Right + 4 * size, r.Bottom + 0.9 * size)).ToList();
    }

    private static PublishedTable ToTable(PdfGridTable grid, List<PdfGlyph> glyphs, int page)
    {
        var rows = new List<ImmutableArray<PublishedCell>>();
        foreach (var row in grid.Cells.GroupBy(c => c.Row).OrderBy(g => g.Key))
        {
            var cells = row.OrderBy(c => c.Column).Select(c =>
            {
                var inside = glyphs.Where(g => c.Box.Contains(g.CenterX, g.CenterY)).ToList();
                var text = TextClean.Inline(Lines(inside, page).Select(l => l.Text).Aggregate("", TextClean.JoinLines));
                return new PublishedCell(text, c.RowSpan, c.ColSpan);
            }).ToImmutableArray();
            rows.Add(cells);
        }
        return new PublishedTable(rows.ToImmutableArray());
    }

    /// <summary>Glyphs set into lines: same baseline (within a third of the size), left to right; a wide gap starts a new line.</summary>
    public static List<PdfLine> Lines(List<PdfGlyph> glyphs, int page)
    {
        var lines = new List<List<PdfGlyph>>();
        foreach (var g in glyphs.OrderBy(g => g.Baseline).ThenBy(g => g.Left))
        {
            var line = lines.Count > 0 ? lines[^1] : null;
            if (line is not null && Math.Abs(line[0].Baseline - g.Baseline) <= Math.Max(line[0].Size, g.Size) * 0.35) line.Add(g);
            else lines.Add(new List<PdfGlyph> { g });
        }
        var result = new List<PdfLine>();
        foreach (var line in lines)
        {
            line.Sort((a, b) => a.Left.CompareTo(b.Left));
            var start = 0;
            for (var i = 1; i <= line.Count; i++)
            {
                if (i < line.Count && line[i].Left - line[i - 1].Right <= line[i].Size * 5) continue;
                result.Add(new PdfLine(line.GetRange(start, i - start), page));
                start = i;
            }
        }
        return result;
    }

    [GeneratedRegex(@"^(?:[—\-–－]\s*\d{1,4}\s*[—\-–－]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4}|\d{1,4})$")]
    private static partial Regex PageNumber();

    /// <summary>Page numbers and running heads in the top or bottom margin of an untagged PDF.</summary>
    private static bool IsPageChrome(PdfLine line, PdfPageContent page)
    {
        var inMargin = line.Top > page.Height * 0.9 || line.Bottom < page.Height * 0.07;
        return inMargin && PageNumber().IsMatch(line.Text.Trim());
    }

    /// <summary>The body's font, size and text block edges: the most common among lines, so headings and tables do not skew them.</summary>
    private void Learn(List<PdfLine> lines)
    {
        if (lines.Count == 0) return;
        var glyphs = lines.SelectMany(l => l.Glyphs).ToList();
        _size = glyphs.GroupBy(g => Math.Round(g.Size, 1)).MaxBy(g => g.Count())!.Key;
        _font = glyphs.Where(g => Math.Abs(g.Size - _size) < 0.5).GroupBy(g => g.Font).MaxBy(g => g.Count())!.Key;
        var body = lines.Where(l => l.Font == _font && Math.Abs(l.Size - _size) < 0.5).ToList();
        if (body.Count == 0) body = lines;
        _left = body.GroupBy(l => Math.Round(l.Left)).MaxBy(g => g.Count())!.Key;
        _left = Math.Min(_left, body.Min(l => l.Left) + 0.5 < _left - _size * 3 ? _left : body.Min(l => l.Left));
        var rights = body.Select(l => l.Right).Order().ToList();
        _right = rights[(int)(rights.Count * 0.9)];
    }

    private bool ReachesRight(PdfLine line) => line.Right >= _right - _size * 1.2;
    private bool IsIndented(PdfLine line) => line.Left >= _left + _size * 1.2;
    private bool IsCentered(PdfLine line)
    {
        var leftGap = line.Left - _left;
        var rightGap = _right - line.Right;
        return leftGap > _size * 1.5 && rightGap > _size * 1.5 && Math.Abs(leftGap - rightGap) <= _size * 2;
    }

    private bool IsRight(PdfLine line) => line.Left > _left + (_right - _left) * 0.4 && !IsCentered(line) && Math.Abs(line.Right - _right) < (_right - _left) * 0.25;

    private void AddLine(PdfLine line)
    {
        var text = line.Text;
        if (text.Trim().Length == 0) return;
        var role = RoleOf(line);
        if (role == ParagraphRole.Title && _paragraph.Count > 0 && _paragraphRole == ParagraphRole.Title)
        {
            _paragraph.Add(line);
            return;
        }
        if (_paragraph.Count > 0 && Continues(_paragraph[^1], line, role))
        {
            _paragraph.Add(line);
            return;
        }
        FlushParagraph();
        _paragraph.Add(line);
        _paragraphRole = role;
        if (role is ParagraphRole.Body or ParagraphRole.Heading) _seenBody = true;
    }

    private ParagraphRole RoleOf(PdfLine line)
    {
        if (line.Tag == PdfGlyphTag.Caption) return ParagraphRole.Caption;
        if (!_seenBody && line.Size >= _size * 1.2 && line.Page <= 2) return ParagraphRole.Title;
        if (IsCentered(line)) return ParagraphRole.Centered;
        if (IsRight(line)) return ParagraphRole.Right;
        if (line.Font != _font && Math.Abs(line.Size - _size) < _size * 0.3) return ParagraphRole.Heading;
        return ParagraphRole.Body;
    }

    /// <summary>Whether <paramref name="line"/> goes on with the paragraph whose last line is <paramref name="previous"/>.</summary>
    private bool Continues(PdfLine previous, PdfLine line, ParagraphRole role)
    {
        if (role != _paragraphRole) return false;
        if (role is ParagraphRole.Right or ParagraphRole.Centered or ParagraphRole.Caption) return false;
        if (role == ParagraphRole.Heading && line.Font != previous.Font) return false;
        if (!ReachesRight(previous)) return false;
        if (IsIndented(line)) return false;
        // On the same page a paragraph's lines follow at the line pitch; a larger gap is a new block.
        if (line.Page == previous.Page && line.Top - previous.Bottom > _size * 1.6) return false;
        return true;
    }

    private void FlushParagraph()
    {
        if (_paragraph.Count == 0) return;
        var text = TextClean.Inline(_paragraph.Select(l => TextClean.Inline(l.Text)).Aggregate("", TextClean.JoinLines));
        if (text.Length > 0)
        {
            var role = _paragraphRole;
            if (role == ParagraphRole.Caption || role == ParagraphRole.Centered && _blocks.Count > 0 && _blocks[^1] is PublishedFigure { Caption.Length: 0 })
            {
                if (_blocks.Count > 0 && _blocks[^1] is PublishedFigure { Caption.Length: 0 } figure)
                {
                    _blocks[^1] = figure with { Caption = text };
                    _paragraph.Clear();
                    return;
                }
            }
            _blocks.Add(new PublishedParagraph(text, role, 0, role == ParagraphRole.Heading ? _paragraph[0].Font : null));
            _lastTable = null;
        }
        _paragraph.Clear();
    }

    /// <summary>A table continued from the previous page (same column edges, nothing between) is one table: its rows are appended, repeated header rows dropped.</summary>
    private void AddTable(TableItem item)
    {
        var edges = item.Grid.ColumnEdges;
        if (_lastTable is { } last && last.Page == item.Page - 1 && _blocks.Count > 0 && _blocks[^1] is PublishedTable previous
            && last.Edges.Count == edges.Count && last.Edges.Zip(edges).All(p => Math.Abs(p.First - p.Second) < 2))
        {
            var rows = item.Table.Rows.ToList();
            var head = 0;
            while (head < rows.Count && head < previous.Rows.Length && (rows[head].All(c => c.Text.Length == 0)
                   || rows[head].Select(c => c.Text).SequenceEqual(previous.Rows[head].Select(c => c.Text))))
                head++;
            _blocks[^1] = new PublishedTable(previous.Rows.AddRange(rows.Skip(head)));
        }
        else
        {
            _blocks.Add(item.Table);
        }
        _lastTable = (item.Page, item.Grid.Box.Bottom, edges);
    }
}
