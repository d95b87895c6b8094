using System.Collections.Immutable;
using ReportGen.Documents.Diagnostics;
using ReportGen.Importing.Published;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using Catalog = ReportGen.Documents.Diagnostics.Catalog;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;

namespace ReportGen.Importing.Sources.Pdf;

/// <summary>
/// A text PDF, read with PdfPig as glyphs with positions and the paths the page draws: rulings rebuild
/// the tables (cells and spans), filled shapes mark charts, and the remaining glyphs are set into lines
/// and paragraphs by geometry (<see cref="PdfParagraphBuilder"/>). Where the PDF is tagged (PDF/UA),
/// artifacts (page numbers, running heads, repeated table headers) are left out and figure labels are
/// kept with their figure; an untagged PDF is read from geometry alone.
/// </summary>
/// <param name="useTags">Read the PDF/UA tags when there are some (tests turn this off to read a tagged PDF as an untagged one).</param>
public sealed class PdfSourceReader(bool useTags = true)
{
    public PublishedReport? Read(string file, byte[] bytes, DiagnosticBag diagnostics)
    {
        var whole = new SourceSpan(file, 0, 0);
        if (bytes.Length > SourceLimits.MaxPdfBytes)
        {
            diagnostics.Add(Catalog.Importing.TooLarge.At(whole, "", bytes.Length, SourceLimits.MaxPdfBytes));
            return null;
        }
        var pages = new List<PdfPageContent>();
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, MaxStackDepth = 64 });
            if (document.IsEncrypted)
            {
                diagnostics.Add(Catalog.Importing.PdfEncrypted.At(whole, ""));
                return null;
            }
            if (document.NumberOfPages > SourceLimits.MaxPdfPages)
            {
                diagnostics.Add(Catalog.Importing.TooComplex.At(whole, "", Catalog.Importing.PdfTooManyPages.Text(document.NumberOfPages, SourceLimits.MaxPdfPages)));
                return null;
            }
            for (var n = 1; n <= document.NumberOfPages; n++)
                pages.Add(ReadPage(document.GetPage(n), n, useTags));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // PdfPig parses untrusted bytes and throws many exception types on broken files; all mean the same to a user.
            diagnostics.Add(e.GetType().Name.Contains("Encrypt", StringComparison.Ordinal)
                ? Catalog.Importing.PdfEncrypted.At(whole, "") : Catalog.Importing.NotAPdf.At(whole, "", e.Message.Split('\n')[0]));
            return null;
        }
        if (pages.All(p => p.Glyphs.Count == 0))
        {
            diagnostics.Add(Catalog.Importing.PdfNoText.At(whole, ""));
            return null;
        }
        var blocks = new PdfParagraphBuilder(pages).Build();
        return new PublishedReport(SourceKind.Pdf, file, blocks.ToImmutableArray());
    }

    private static PdfPageContent ReadPage(Page page, int number, bool useTags)
    {
        var height = page.Height;
        var tags = useTags ? Tags(page) : new Dictionary<Letter, (PdfGlyphTag?, int)>(ReferenceEqualityComparer.Instance);
        var glyphs = new List<PdfGlyph>();
        foreach (var letter in page.Letters)
        {
            if (glyphs.Count >= SourceLimits.MaxPdfLettersPerPage) break;
            if (string.IsNullOrEmpty(letter.Value) || letter.Value.All(char.IsWhiteSpace) && letter.Value != " ") continue;
            var (tag, figure) = tags.GetValueOrDefault(letter, ((PdfGlyphTag?)PdfGlyphTag.None, -1));
            if (tag is null) continue; // an artifact: page number, running head, repeated header row
            var box = letter.BoundingBox;
            
            var left = Math.Min(letter.StartBaseLine.X, box.Left);
            var right = Math.Max(left + Math.Max(letter.Width, 0.1), box.Right);
            var size = letter.PointSize > 0 ? letter.PointSize : Math.Max(letter.FontSize, 1);
            glyphs.Add(new PdfGlyph(letter.Value, left, right, height - box.Top, height - box.Bottom, height - letter.StartBaseLine.Y, size,
                letter.FontName ?? "", tag.Value, figure));
        }
        var segments = new List<PdfSegment>();
        var shapes = new List<PdfShape>();
        foreach (var path in page.Paths)
        {
            if (path.IsClipping) continue;
            foreach (var subpath in path) Classify(path, subpath, height, segments, shapes);
            if (segments.Count > 20_000) break;
        }
        return new PdfPageContent(number, page.Width, height, glyphs, segments, shapes);
    }

    /// <summary>Glyph tags from marked content: null for artifacts, Figure (with which one) or Caption for figure text, None otherwise.</summary>
    private static Dictionary<Letter, (PdfGlyphTag? Tag, int Figure)> Tags(Page page)
    {
        var result = new Dictionary<Letter, (PdfGlyphTag?, int)>(ReferenceEqualityComparer.Instance);
        IReadOnlyList<MarkedContentElement> marked;
        try { marked = page.GetMarkedContents(); }
        catch (Exception e) when (e is not OutOfMemoryException) { return result; }
        var stack = new Stack<(MarkedContentElement Element, PdfGlyphTag? Inherited, int Figure)>();
        foreach (var m in marked) stack.Push((m, PdfGlyphTag.None, -1));
        var figures = 0;
        while (stack.Count > 0)
        {
            var (element, inherited, figure) = stack.Pop();
            PdfGlyphTag? tag = element.IsArtifact ? null
                : element.Tag == "Figure" ? PdfGlyphTag.Figure
                : element.Tag == "Caption" ? PdfGlyphTag.Caption
                : inherited;
            if (inherited is null) tag = null;
            if (element.Tag == "Figure" && figure < 0) figure = figures++;
            foreach (var letter in element.Letters) result[letter] = (tag, figure);
            foreach (var child in element.Children) stack.Push((child, tag, figure));
        }
        return result;
    }

    /// <summary>Strokes and thin fills become rulings; other fills (bars, slices, legend keys) become shapes.</summary>
    private static void Classify(PdfPath path, PdfSubpath subpath, double height, List<PdfSegment> segments, List<PdfShape> shapes)
    {
        var bounds = subpath.GetBoundingRectangle();
        if (bounds is not { } r) return;
        double left = r.Left, right = r.Right, top = height - r.Top, bottom = height - r.Bottom;
        var commands = subpath.Commands;
        var straight = commands.All(c => c is PdfSubpath.Move or PdfSubpath.Line or PdfSubpath.Close);
        if (!straight)
        {
            if (path.IsFilled && !IsWhite(path)) shapes.Add(new PdfShape(left, top, right, bottom, true, ColorOf(path)));
            return;
        }
        double w = right - left, h = bottom - top;
        if (path.IsFilled && !IsWhite(path))
        {
            if (h <= 2.5 && w > 3) { segments.Add(new PdfSegment(left, (top + bottom) / 2, right, (top + bottom) / 2)); return; }
            if (w <= 2.5 && h > 3) { segments.Add(new PdfSegment((left + right) / 2, top, (left + right) / 2, bottom)); return; }
            if (w > 2.5 && h > 2.5 && !path.IsStroked) { shapes.Add(new PdfShape(left, top, right, bottom, false, ColorOf(path))); return; }
        }
        if (!path.IsStroked) return;
        PdfPoint? previous = null;
        PdfPoint? start = null;
        foreach (var command in commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    previous = start = move.Location;
                    break;
                case PdfSubpath.Line line:
                    AddSegment(line.From, line.To, height, segments);
                    previous = line.To;
                    break;
                case PdfSubpath.Close when previous is { } p && start is { } s:
                    AddSegment(p, s, height, segments);
                    previous = s;
                    break;
            }
        }
    }

    private static void AddSegment(PdfPoint a, PdfPoint b, double height, List<PdfSegment> segments)
    {
        double dx = Math.Abs(a.X - b.X), dy = Math.Abs(a.Y - b.Y);
        if (dy <= 0.5 && dx >= 2) segments.Add(new PdfSegment(Math.Min(a.X, b.X), height - a.Y, Math.Max(a.X, b.X), height - a.Y));
        else if (dx <= 0.5 && dy >= 2) segments.Add(new PdfSegment(a.X, height - Math.Max(a.Y, b.Y), a.X, height - Math.Min(a.Y, b.Y)));
    }

    private static string ColorOf(PdfPath path)
    {
        var (r, g, b) = path.FillColor?.ToRGBValues() ?? (0, 0, 0);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{r:F2},{g:F2},{b:F2}");
    }

    private static bool IsWhite(PdfPath path)
    {
        var (r, g, b) = path.FillColor?.ToRGBValues() ?? (0, 0, 0);
        return r > 0.95 && g > 0.95 && b > 0.95;
    }
}

/// <summary>One page as geometry: glyphs (artifacts removed), rulings, filled shapes.</summary>
public sealed record PdfPageContent(int Number, double Width, double Height, IReadOnlyList<PdfGlyph> Glyphs, IReadOnlyList<PdfSegment> Segments, IReadOnlyList<PdfShape> Shapes);
