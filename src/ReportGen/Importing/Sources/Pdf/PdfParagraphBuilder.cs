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
        var tagged = page.Glyphs.Any(x => x.Tag == PdfGlyphTag.Figure);
        foreach (var found in FigureRegions(page, items.OfType<TableItem>().Select(t => t.Grid.Box).ToList(), used))
        {
            var region = tagged ? found : WithSmallPrint(found, page, used);
            var inside = page.Glyphs.Where(g => !used.Contains(g) && g.Tag != PdfGlyphTag.Caption && region.Contains(g.CenterX, g.CenterY)
                && (g.Tag == PdfGlyphTag.Figure || !tagged)).ToList();
            foreach (var g in inside) used.Add(g);
            var labels = Lines(inside, page.Number);
            var shapes = page.Shapes.Where(s => region.Overlaps(s.Box)).ToList();
            items.Add(new FigureItem(new PublishedFigure("", PdfChartReader.Read(labels, shapes)), region.Top));
        }
        foreach (var line in Lines(page.Glyphs.Where(g => !used.Contains(g)).ToList(), page.Number))
            if (!IsPageChrome(line, page)) items.Add(new LineItem(line));
        items.Sort((a, b) => a.Top.CompareTo(b.Top));
        return items;
    }

    /// <summary>
    /// Charts. A tagged PDF says which glyphs belong to which figure: each figure's glyphs, with the
    /// shapes under them, are one region. Otherwise filled shapes (bars, slices, swatches) and the grid
    /// lines drawn with them are gathered into bands down the page (two charts are always parted by a
    /// caption and text); each band, with room for its axis and unit labels, is one figure.
    /// </summary>
    private static List<PdfBox> FigureRegions(PdfPageContent page, List<PdfBox> tables, HashSet<PdfGlyph> used)
    {
        var size = page.Glyphs.Count > 0 ? page.Glyphs.GroupBy(g => Math.Round(g.Size)).MaxBy(g => g.Count())!.Key : 12;
        var regions = page.Glyphs.Where(g => g.Tag == PdfGlyphTag.Figure && !used.Contains(g)).GroupBy(g => g.Figure)
            .Select(g => new PdfBox(g.Min(x => x.Left), g.Min(x => x.Top), g.Max(x => x.Right), g.Max(x => x.Bottom))).ToList();
        for (var i = 0; i < regions.Count; i++)
            foreach (var shape in page.Shapes.Where(s => s.Box.Overlaps(regions[i], size)))
                regions[i] = regions[i].Union(shape.Box);
        if (regions.Count > 0) return regions.Select(r => new PdfBox(r.Left - 1, r.Top - 1, r.Right + 1, r.Bottom + 1)).ToList();

        var seeds = page.Shapes.Select(s => (Box: s.Box, Real: true))
            .Concat(page.Segments.Where(s => s.IsHorizontal).Select(s => (Box: new PdfBox(s.X1, s.Y1 - 0.5, s.X2, s.Y2 + 0.5), Real: false)))
            .Where(b => !tables.Any(t => t.Overlaps(b.Box, 1)) && b.Box.Width < page.Width * 0.9)
            .OrderBy(b => b.Box.Top).ToList();
        var bands = new List<(PdfBox Box, bool Real)>();
        foreach (var (box, real) in seeds)
        {
            if (bands.Count > 0 && box.Top <= bands[^1].Box.Bottom + size * 3) bands[^1] = (bands[^1].Box.Union(box), bands[^1].Real || real);
            else bands.Add((box, real));
        }
        // A band of rulings alone (a line under a heading) is no figure.
        return bands.Where(b => b.Real).Select(b => new PdfBox(b.Box.Left - 4 * size, b.Box.Top - 2.2 * size, b.Box.Right + 4 * size, b.Box.Bottom + 0.9 * size)).ToList();
    }

    /// <summary>
    /// An untagged chart's own text (unit, two-line category labels, legend) is set smaller than the body:
    /// lines of small print next to the region belong to it, however far the drawing leaves them.
    /// </summary>
    private static PdfBox WithSmallPrint(PdfBox region, PdfPageContent page, HashSet<PdfGlyph> used)
    {
        var body = page.Glyphs.GroupBy(g => Math.Round(g.Size)).MaxBy(g => g.Count())!.Key;
        var small = Lines(page.Glyphs.Where(g => !used.Contains(g) && g.Size <= body * 0.75).ToList(), page.Number);
        for (var grown = true; grown;)
        {
            grown = false;
            foreach (var line in small)
            {
                var box = new PdfBox(line.Left, line.Top, line.Right, line.Bottom);
                if (!region.Overlaps(box, body * 4)) continue;
                // Whole lines: a legend or a label reaching past the drawing is not cut in two.
                var union = region.Union(box);
                if (union == region) continue;
                region = union;
                grown = true;
            }
        }
        return region;
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
        _font = lines.Where(l => Math.Abs(l.Size - _size) < 0.5 && l.CjkCount > 0).Select(l => l.Font).GroupBy(f => f).MaxBy(g => g.Count())?.Key ?? "";
        var body = lines.Where(l => l.Font == _font && Math.Abs(l.Size - _size) < 0.5).ToList();
        if (body.Count == 0) body = lines;
        _left = body.GroupBy(l => Math.Round(l.Left)).MaxBy(g => g.Count())!.Key;
        _left = Math.Min(_left, body.Min(l => l.Left) + 0.5 < _left - _size * 3 ? _left : body.Min(l => l.Left));
        var rights = body.Select(l => l.Right).Order().ToList();
        _right = rights[(int)(rights.Count * 0.9)];
        var bottoms = lines.GroupBy(l => l.Page).Select(g => g.Max(l => l.Bottom)).Order().ToList();
        _bottom = bottoms[(int)(bottoms.Count * 0.75)];
    }

    /// <summary>Where body text ends on a full page: a paragraph continues on the next page only from there.</summary>
    private double _bottom = double.MaxValue;

    private bool ReachesRight(PdfLine line) => line.Right >= _right - _size * 1.2;
    private bool IsIndented(PdfLine line) => line.Left >= _left + _size * 1.2;
    /// <summary>Centred: set in from both edges by the same amount, further than a first-line indent (two characters).</summary>
    private bool IsCentered(PdfLine line)
    {
        var leftGap = line.Left - _left;
        var rightGap = _right - line.Right;
        return leftGap > _size * 2.5 && rightGap > _size * 1.5 && Math.Abs(leftGap - rightGap) <= _size * 1.2;
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
        // Another font at body size is a heading, unless it is a centred line without a heading number (a bold table title).
        if (line.CjkCount >= 1 && line.Font != _font && Math.Abs(line.Size - _size) < _size * 0.3 && (!IsCentered(line) || Recognition.Numbering.LevelOf(line.Text) > 0))
            return ParagraphRole.Heading;
        if (IsCentered(line)) return ParagraphRole.Centered;
        if (IsRight(line)) return ParagraphRole.Right;
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
        // Across pages only from the foot of a full page (not after a page break).
        if (line.Page != previous.Page && previous.Bottom < _bottom - _size * 2.5) return false;
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

    /// <summary>A cell of the table being built, placed by its edges so a continued part can restate columns.</summary>
    private sealed record EdgeCell(double Left, double Right, int Row, PublishedCell Cell);

    private List<EdgeCell>? _cells;
    private List<double> _edges = new();

    /// <summary>
    /// A table continued from the previous page (nothing between, same outer edges) is one table: its rows
    /// are appended, header rows repeated at the top of the page dropped, and the columns of both parts
    /// restated on the union of their column edges (a part whose rows all span some columns draws fewer rules).
    /// </summary>
    private void AddTable(TableItem item)
    {
        var edges = item.Grid.ColumnEdges;
        var incoming = item.Grid.Cells.Zip(item.Table.Rows.SelectMany(r => r))
            .Select(c => new EdgeCell(c.First.Box.Left, c.First.Box.Right, c.First.Row, c.Second)).ToList();
        if (_lastTable is { } last && last.Page == item.Page - 1 && _cells is not null && _blocks.Count > 0 && _blocks[^1] is PublishedTable previous
            && Math.Abs(edges[0] - _edges[0]) < 2 && Math.Abs(edges[^1] - _edges[^1]) < 2)
        {
            var rows = incoming.GroupBy(c => c.Row).OrderBy(g => g.Key).ToList();
            var head = 0;
            while (head < rows.Count && head < previous.Rows.Length && (rows[head].All(c => c.Cell.Text.Length == 0)
                   || rows[head].Select(c => c.Cell.Text).SequenceEqual(previous.Rows[head].Select(c => c.Text))))
                head++;
            var offset = _cells.Max(c => c.Row) + 1 - (rows.Count > head ? rows[head].Key : 0);
            _cells.AddRange(rows.Skip(head).SelectMany(g => g).Select(c => c with { Row = c.Row + offset }));
            _edges = Union(_edges, edges);
            _blocks[^1] = Build(_cells, _edges);
            _lastTable = (item.Page, item.Grid.Box.Bottom, _edges);
            return;
        }
        _cells = incoming;
        _edges = edges.ToList();
        _blocks.Add(item.Table);
        _lastTable = (item.Page, item.Grid.Box.Bottom, edges);
    }

    private static List<double> Union(IEnumerable<double> a, IEnumerable<double> b)
    {
        var all = new List<double>();
        foreach (var x in a.Concat(b).Order())
            if (all.Count == 0 || x - all[^1] >= 2) all.Add(x);
        return all;
    }

    /// <summary>Rows of cells placed on the given column edges: a cell spans the edges between its own.</summary>
    private static PublishedTable Build(List<EdgeCell> cells, List<double> edges)
    {
        int Index(double x) => Enumerable.Range(0, edges.Count).MinBy(i => Math.Abs(edges[i] - x));
        return new PublishedTable(cells.GroupBy(c => c.Row).OrderBy(g => g.Key)
            .Select(g => g.OrderBy(c => c.Left).Select(c => c.Cell with { ColSpan = Math.Max(1, Index(c.Right) - Index(c.Left)) }).ToImmutableArray())
            .ToImmutableArray());
    }
}
