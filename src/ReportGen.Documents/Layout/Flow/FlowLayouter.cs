using ReportGen.Documents.Document;
using ReportGen.Documents.Layout.Pages;
using ReportGen.Documents.Layout.Tables;
using ReportGen.Documents.Layout.Text;

namespace ReportGen.Documents.Layout.Flow;

/// <summary>
/// Distributes blocks over pages. All state is per document (one instance per layout call), so a
/// shared writer can lay out many documents in parallel.
/// </summary>
internal sealed partial class FlowLayouter
{
    private const double Epsilon = 0.01;

    private readonly PageGeometry _g;
    private readonly IFontProvider _fonts;
    private readonly List<PageFrame> _pages = new();
    private readonly List<OutlineEntry> _outline = new();
    private readonly Dictionary<Block, LaidText> _laid = new(ReferenceEqualityComparer.Instance);
    private readonly StructNode _root = new(0, "Document");
    private readonly Dictionary<int, StructNode> _nodes = new();
    private readonly Dictionary<(int Parent, int Url), StructNode> _links = new();
    private PageFrame _page = null!;
    private double _y;
    private bool _pageHasContent;
    private int _nextId = 1;

    public FlowLayouter(PageGeometry geometry, IFontProvider fonts)
    {
        _g = geometry;
        _fonts = fonts;
    }

    private TextStyle BodyStyle(TextRole role) => new(role, _g.BodySize, _g.CharPitch - _g.BodySize);

    private double Indent => 2 * _g.CharPitch;

    /// <summary>The title is the document's H1, so report headings 1–4 become H2–H5 (as in the HTML); without a title they start at H1.</summary>
    private int _headingOffset;

    public LayoutResult Run(ReportDocument document)
    {
        _headingOffset = document.Blocks.Any(b => b is Title { Lines.IsDefaultOrEmpty: false }) ? 1 : 0;
        NewPage();
        var blocks = document.Blocks;
        for (var i = 0; i < blocks.Length; i++)
            Place(blocks[i], i + 1 < blocks.Length ? blocks[i + 1] : null);
        PageNumbers.Add(_pages, _g, _fonts.GetStack(TextRole.PageNumber));
        return new LayoutResult(_pages, _root, _nextId, _outline);
    }

    private void Place(Block block, Block? next)
    {
        switch (block)
        {
            case Title t: PlaceTitle(t); break;
            case Heading h: PlaceHeading(h, next); break;
            case Paragraph p: PlaceParagraph(p, next); break;
            case Table t: PlaceTable(t, next); break;
            case Figure f: PlaceFigure(f); break;
            case SignatureBlock s: PlaceSignature(s); break;
            case PageBreak: if (_pageHasContent) NewPage(); break;
        }
    }

    private StructNode AddNode(string type, StructNode? parent = null, string? alt = null, string? summary = null)
    {
        var node = new StructNode(_nextId++, type) { Alt = alt, Summary = summary };
        (parent ?? _root).Children.Add(node);
        _nodes[node.Id] = node;
        return node;
    }

    private void NewPage()
    {
        _page = new PageFrame(_g.PageWidth, _g.PageHeight, _pages.Count + 1);
        _pages.Add(_page);
        _y = _g.Top;
        _pageHasContent = false;
    }

    private double Remaining => _g.Bottom - _y;

    /// <summary>Back onto the 22-line grid after content of free height (title, tables, figures).</summary>
    private void SnapToGrid()
    {
        var lines = Math.Ceiling((_y - _g.Top) / _g.LinePitch - 1e-6);
        _y = _g.Top + lines * _g.LinePitch;
        if (_y > _g.Bottom - Epsilon && _pageHasContent) NewPage();
    }

    /// <summary>Shapes and breaks a block's text once (keep-with-next looks ahead at it too); tables and figures key their captions.</summary>
    private LaidText Lay(Block block, IReadOnlyList<StyledSpan> spans, TextStyle style, TextAlign align, double indent, double pitch)
    {
        if (_laid.TryGetValue(block, out var laid)) return laid;
        var text = TextShaper.Shape(spans, style, _fonts.GetStack(style.Role), block.Span);
        var lines = LineBreaker.Layout(text, _g.BlockWidth, indent, align);
        laid = new LaidText(text, lines, pitch, _g.AscentEm * style.Size);
        _laid[block] = laid;
        return laid;
    }

    private LaidText LayParagraph(Paragraph p) => p.Kind switch
    {
        ParagraphKind.Body => Lay(p, InlineSpans.From(p.Content), BodyStyle(TextRole.Body), TextAlign.Justify, Indent, _g.LinePitch),
        ParagraphKind.Plain => Lay(p, InlineSpans.From(p.Content), BodyStyle(TextRole.Body), TextAlign.Justify, 0, _g.LinePitch),
        ParagraphKind.Centered => Lay(p, InlineSpans.From(p.Content), BodyStyle(TextRole.Body), TextAlign.Center, 0, _g.LinePitch),
        ParagraphKind.Right => Lay(p, InlineSpans.From(p.Content), BodyStyle(TextRole.Body), TextAlign.Right, 0, _g.LinePitch),
        _ => Lay(p, InlineSpans.From(p.Content), new TextStyle(TextRole.Body, 14), TextAlign.Justify, 0, 14 * 1.5),
    };

    private LaidText LayHeading(Heading h)
    {
        var role = h.Level switch { 1 => TextRole.Heading1, 2 => TextRole.Heading2, _ => TextRole.Body };
        return Lay(h, InlineSpans.From(h.Content), BodyStyle(role), TextAlign.Justify, Indent, _g.LinePitch);
    }

    private void PlaceTitle(Title title)
    {
        var node = AddNode("H1");
        var style = new TextStyle(TextRole.Title, _g.TitleSize);
        var stack = _fonts.GetStack(TextRole.Title);
        var pitch = Math.Round(_g.TitleSize * 1.6, 2);
        var laid = title.Lines.Select(line =>
        {
            var text = TextShaper.Shape([new StyledSpan(line)], style, stack, title.Span);
            return (text, lines: TitleBreaker.Layout(text, _g.BlockWidth));
        }).ToList();
        var height = laid.Sum(l => l.lines.Count) * pitch;
        if (height > Remaining + Epsilon && _pageHasContent) NewPage();
        foreach (var (text, lines) in laid)
        {
            foreach (var line in lines)
            {
                LineEmitter.Emit(_page.Items, text, line, _g.Left, _y + _g.AscentEm * style.Size, node.Id);
                _y += pitch;
                _pageHasContent = true;
            }
        }
        SnapToGrid();
        // One empty line between the title and what follows (GB/T 9704 practice).
        _y += _g.LinePitch;
    }

    private void PlaceHeading(Heading heading, Block? next)
    {
        var laid = LayHeading(heading);
        var need = laid.Height + LeadHeight(next);
        if (_y + need > _g.Bottom + Epsilon && _pageHasContent) NewPage();
        var node = AddNode("H" + (Math.Clamp(heading.Level, 1, 4) + _headingOffset));
        _outline.Add(new OutlineEntry(heading.PlainText.Replace('\n', ' '), heading.Level, _pages.Count - 1, _y));
        PlaceLines(laid, node.Id, 0);
    }

    /// <summary>The height of the part of a block that must follow a heading on the same page.</summary>
    private double LeadHeight(Block? next) => next switch
    {
        Paragraph p => Math.Min(2, LayParagraph(p).Lines.Count) * LayParagraph(p).Pitch,
        Heading h => LayHeading(h).Height + _g.LinePitch,
        Table t => TableLeadHeight(t),
        Figure => FigureHeight,
        null => 0,
        _ => _g.LinePitch,
    };

    private void PlaceParagraph(Paragraph paragraph, Block? next)
    {
        var laid = LayParagraph(paragraph);
        var node = AddNode("P");
        var reserve = next is SignatureBlock s ? SignatureHeight(s) : 0;
        PlaceLines(laid, node.Id, reserve);
        if (paragraph.Kind == ParagraphKind.Note) SnapToGrid();
    }

    /// <summary>
    /// Places lines with widow and orphan control (at least two lines of a paragraph on each page).
    /// <paramref name="reserveAfter"/> is the height of a block that must not be left alone on the
    /// next page (the signature): if it will not fit, the paragraph's last two lines go with it.
    /// </summary>
    private void PlaceLines(LaidText laid, int structId, double reserveAfter)
    {
        var lines = laid.Lines;
        var i = 0;
        while (i < lines.Count)
        {
            var capacity = (int)Math.Floor((Remaining + Epsilon) / laid.Pitch);
            var remaining = lines.Count - i;
            if (remaining <= capacity)
            {
                if (reserveAfter > 0 && _y + remaining * laid.Pitch + reserveAfter > _g.Bottom + Epsilon)
                {
                    var keepHere = remaining - 2;
                    if (keepHere >= 2)
                    {
                        Emit(laid, i, keepHere, structId);
                        i += keepHere;
                        NewPage();
                        continue;
                    }
                    if (_pageHasContent)
                    {
                        NewPage();
                        continue;
                    }
                }
                Emit(laid, i, remaining, structId);
                return;
            }
            var take = capacity;
            if (remaining - take < 2) take = remaining - 2;
            if (take < 2)
            {
                if (_pageHasContent)
                {
                    NewPage();
                    continue;
                }
                take = Math.Max(capacity, 1);
            }
            Emit(laid, i, take, structId);
            i += take;
            NewPage();
        }
    }

    private void Emit(LaidText laid, int first, int count, int structId)
    {
        var overrides = laid.Urls.Count == 0 ? null : LinkNodes(laid, structId);
        for (var k = first; k < first + count; k++)
        {
            var baseline = _y + laid.BaselineOffset;
            LineEmitter.Emit(_page.Items, laid.Text, laid.Lines[k], _g.Left, baseline, structId, overrides);
            if (overrides is not null) AddLinkAreas(laid, laid.Lines[k], baseline, overrides);
            _y += laid.Pitch;
        }
        _pageHasContent = true;
    }

    /// <summary>One Link structure element per web address, a child of the paragraph (PDF/UA 7.18.5).</summary>
    private List<(int Start, int End, int StructId)> LinkNodes(LaidText laid, int structId)
    {
        var result = new List<(int, int, int)>(laid.Urls.Count);
        for (var i = 0; i < laid.Urls.Count; i++)
        {
            if (!_links.TryGetValue((structId, i), out var node))
            {
                node = AddNode("Link", _nodes.GetValueOrDefault(structId, _root));
                _links[(structId, i)] = node;
            }
            result.Add((laid.Urls[i].Start, laid.Urls[i].End, node.Id));
        }
        return result;
    }

    /// <summary>The clickable area of each part of a link on this line (a URL broken across lines has two).</summary>
    private void AddLinkAreas(LaidText laid, TextLine line, double baseline, List<(int Start, int End, int StructId)> links)
    {
        for (var i = 0; i < links.Count; i++)
        {
            var start = Math.Max(links[i].Start, line.Start);
            var end = Math.Min(links[i].End, line.End);
            if (start >= end) continue;
            var size = laid.Text.Size;
            var x1 = _g.Left + line.X[start - line.Start];
            var x2 = _g.Left + line.X[end - 1 - line.Start] + laid.Text.Advances[end - 1];
            _page.Items.Add(new LinkItem(x1, baseline - _g.AscentEm * size, x2 - x1, size, laid.Urls[i].Uri) { StructId = links[i].StructId });
        }
    }
}
