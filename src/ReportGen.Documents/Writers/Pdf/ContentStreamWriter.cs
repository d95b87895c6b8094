using System.IO.Compression;
using ReportGen.Documents.Fonts;
using ReportGen.Documents.Layout.Pages;

namespace ReportGen.Documents.Writers.Pdf;

/// <summary>
/// Serialises one page frame into a content stream: text as CIDs with TJ position corrections,
/// vector graphics, images, each wrapped in marked content (an MCID for structure, /Artifact
/// otherwise) so the page is fully tagged.
/// </summary>
internal sealed class ContentStreamWriter(
    IReadOnlyDictionary<OpenTypeFont, PdfFace> fonts,
    IReadOnlyList<string> structTypes,
    Dictionary<ImageItem, int> images)
{
    private readonly PdfBuffer _b = new(16384);
    // Each glyph of the run being written, looked up once: the common spacing and the glyphs themselves both need it.
    private PdfFontResource[] _runResources = new PdfFontResource[64];
    private CidGlyph[] _runGlyphs = new CidGlyph[64];
    private string? _font;
    private double _size, _tc;
    private bool _strong;
    private int _strokeColour, _fillColour;
    private double _lineWidth;

    public PageContent Write(PageFrame page)
    {
        _b.Clear();
        _font = null;
        _size = _tc = 0;
        _strong = false;
        // PDF defaults: black stroke and fill, line width 1.
        _strokeColour = _fillColour = 0;
        _lineWidth = 1;
        var owners = new List<int>();
        var imageIndexes = new List<int>();
        var open = int.MinValue;
        var h = page.Height;
        var links = new List<LinkItem>();
        foreach (var item in page.Items)
        {
            // Links are annotations, not content: nothing to draw, no marked content.
            if (item is LinkItem link)
            {
                links.Add(link);
                continue;
            }
            var key = item.StructId >= 0 ? item.StructId : item is GlyphRun ? -1 : -2;
            if (key != open)
            {
                if (open != int.MinValue) _b.A("EMC\n");
                if (key >= 0)
                {
                    _b.B((byte)'/').A(structTypes[key]).A(" <</MCID ").I(owners.Count).A(">> BDC\n");
                    owners.Add(key);
                }
                else _b.A(key == -1 ? "/Artifact <</Type /Pagination>> BDC\n" : "/Artifact <</Type /Layout>> BDC\n");
                open = key;
            }
            switch (item)
            {
                case GlyphRun run: Text(run, h); break;
                case RectItem r: Rect(r, h); break;
                case LineItem l: LineWidth(l.Width); _b.N(l.X1).B((byte)' ').N(h - l.Y1).A(" m ").N(l.X2).B((byte)' ').N(h - l.Y2).A(" l S\n"); break;
                case PathItem p: Path(p, h); break;
                case ImageItem img:
                    if (!images.TryGetValue(img, out var index)) { index = images.Count; images[img] = index; }
                    imageIndexes.Add(index);
                    _b.A("q ").N(img.Width).A(" 0 0 ").N(img.Height).B((byte)' ').N(img.X).B((byte)' ').N(h - img.Y - img.Height).A(" cm /Im").I(index).A(" Do Q\n");
                    break;
            }
        }
        if (open != int.MinValue) _b.A("EMC\n");
        return new PageContent(PdfDeflate.Compress(_b.Span, CompressionLevel.Fastest), owners, imageIndexes, links);
    }

    public void Release() => _b.Return();

    private void Text(GlyphRun run, double pageHeight)
    {
        if (run.Font is not OpenTypeFont otf || !fonts.TryGetValue(otf, out var face))
            throw new InvalidOperationException("glyph run with a font the PDF writer did not embed");
        var size = run.Size;
        var cps = run.CodePoints;
        var xs = run.X;
        var actualText = face.NeedsActualText(cps);
        if (actualText)
        {
            _b.A("/Span <</ActualText <FEFF");
            foreach (var c in run.Text) _b.Hex4(c);
            _b.A(">>> BDC\n");
        }
        // Set every time it differs: a filled path before the text would otherwise colour it.
        Colour(run.Colour, stroke: false);
        _b.A("BT\n");
        if (_runGlyphs.Length < cps.Length)
        {
            _runResources = new PdfFontResource[Math.Max(cps.Length, _runGlyphs.Length * 2)];
            _runGlyphs = new CidGlyph[_runResources.Length];
        }
        var resources = _runResources;
        var glyphs = _runGlyphs;
        for (var i = 0; i < cps.Length; i++) resources[i] = face.For(cps[i], out glyphs[i]);
        var resource = resources[0];
        var glyph0 = glyphs[0];
        SelectFont(resource.Name, size);
        if (run.Strong != _strong)
        {
            // Emphasis without a bold face: fill and stroke the outline (text render mode 2).
            if (run.Strong)
            {
                LineWidth(size * 0.03);
                _b.A("2 Tr\n");
            }
            else _b.A("0 Tr\n");
            _strong = run.Strong;
        }
        var tc = CommonSpacing(run, glyphs);
        if (tc != _tc)
        {
            _b.N(tc).A(" Tc\n");
            _tc = tc;
        }
        _b.A("1 0 0 1 ").N(xs[0]).B((byte)' ').N(pageHeight - run.Baseline).A(" Tm [<").Hex4(glyph0.Cid);
        var pen = xs[0] + glyph0.Width * size / 1000 + tc;
        for (var i = 1; i < cps.Length; i++)
        {
            var delta = xs[i] - pen;
            var next = resources[i];
            var glyph = glyphs[i];
            if (!ReferenceEquals(next, resource))
            {
                // The run crosses into the face's other subset: same text object, the pen where the last glyph left it.
                _b.A(">] TJ\n");
                resource = next;
                SelectFont(next.Name, size);
                _b.B((byte)'[');
                if (Math.Abs(delta) > 0.002) _b.N(-delta * 1000 / size).B((byte)' ');
                _b.B((byte)'<');
            }
            else if (Math.Abs(delta) > 0.002)
            {
                _b.A("> ").N(-delta * 1000 / size).A(" <");
            }
            _b.Hex4(glyph.Cid);
            pen = xs[i] + glyph.Width * size / 1000 + tc;
        }
        _b.A(">] TJ\nET\n");
        if (actualText) _b.A("EMC\n");
    }

    private void SelectFont(string name, double size)
    {
        if (_font == name && _size == size) return;
        _b.B((byte)'/').A(name).B((byte)' ').N(size).A(" Tf\n");
        _font = name;
        _size = size;
    }

    /// <summary>
    /// The most frequent extra space between glyphs (grid tracking, or tracking plus justification),
    /// written once as Tc so that only the exceptions need TJ adjustments.
    /// </summary>
    /// <param name="glyphs">The run's glyphs, in order (the buffer may be longer than the run).</param>
    private static double CommonSpacing(GlyphRun run, CidGlyph[] glyphs)
    {
        var n = run.CodePoints.Length - 1;
        if (n <= 0) return 0;
        Span<double> deltas = stackalloc double[Math.Min(n, 16)];
        for (var i = 0; i < deltas.Length; i++)
            deltas[i] = Math.Round(run.X[i + 1] - run.X[i] - glyphs[i].Width * run.Size / 1000, 3);
        double best = deltas[0];
        var bestCount = 0;
        for (var i = 0; i < deltas.Length; i++)
        {
            var count = 0;
            for (var j = 0; j < deltas.Length; j++) if (deltas[j] == deltas[i]) count++;
            if (count > bestCount) { best = deltas[i]; bestCount = count; }
        }
        return best;
    }

    private void Rect(RectItem r, double pageHeight)
    {
        Colour(r.Stroke, stroke: true);
        if (r.Fill is { } fill) Colour(fill, stroke: false);
        if (r.StrokeWidth > 0) LineWidth(r.StrokeWidth);
        _b.N(r.X).B((byte)' ').N(pageHeight - r.Y - r.Height).B((byte)' ').N(r.Width).B((byte)' ').N(r.Height).A(" re ");
        _b.A(r.Fill is null ? "S\n" : r.StrokeWidth > 0 ? "B\n" : "f\n");
    }

    private void Path(PathItem p, double pageHeight)
    {
        if (p.Stroke is { } s) Colour(s, stroke: true);
        if (p.Fill is { } f) Colour(f, stroke: false);
        LineWidth(p.StrokeWidth);
        foreach (var seg in p.Segments)
        {
            switch (seg.Verb)
            {
                case PathVerb.MoveTo: _b.N(seg.X1).B((byte)' ').N(pageHeight - seg.Y1).A(" m\n"); break;
                case PathVerb.LineTo: _b.N(seg.X1).B((byte)' ').N(pageHeight - seg.Y1).A(" l\n"); break;
                case PathVerb.CubicTo:
                    _b.N(seg.X1).B((byte)' ').N(pageHeight - seg.Y1).B((byte)' ').N(seg.X2).B((byte)' ').N(pageHeight - seg.Y2).B((byte)' ')
                      .N(seg.X3).B((byte)' ').N(pageHeight - seg.Y3).A(" c\n");
                    break;
                case PathVerb.Close: _b.A("h\n"); break;
            }
        }
        _b.A(p.Fill is null ? "S\n" : p.Stroke is null ? "f\n" : "B\n");
    }

    private void LineWidth(double width)
    {
        if (width == _lineWidth) return;
        _b.N(width).A(" w\n");
        _lineWidth = width;
    }

    private void Colour(int rgb, bool stroke)
    {
        if ((stroke ? _strokeColour : _fillColour) == rgb) return;
        if (stroke) _strokeColour = rgb; else _fillColour = rgb;
        _b.N((rgb >> 16 & 0xFF) / 255.0).B((byte)' ').N((rgb >> 8 & 0xFF) / 255.0).B((byte)' ').N((rgb & 0xFF) / 255.0).A(stroke ? " RG " : " rg ");
    }
}
