using System.Text;
using System.Xml;
using ReportGen.Documents.Fonts;
using ReportGen.Documents.Layout.Pages;
using static ReportGen.Documents.Writers.Ofd.OfdUnits;

namespace ReportGen.Documents.Writers.Ofd;

/// <summary>
/// Serialises one page frame into Pages/Page_N/Content.xml: glyph runs as TextObject with the engine's
/// glyph positions as DeltaX, rules, borders and chart shapes as PathObject (AbbreviatedData), pictures
/// as ImageObject, links as page actions. Objects keep the frame's order, which is both painting and
/// reading order, and take increasing IDs (ofd.js stacks objects by ID).
/// </summary>
internal sealed class OfdPageWriter(
    IReadOnlyDictionary<OpenTypeFont, OfdFont> fonts,
    IReadOnlyDictionary<ImageItem, OfdImage> images,
    OfdIds ids)
{
    /// <summary>Emphasis without a bold face is an outline stroke, as in the PDF (text render mode 2).</summary>
    private const double StrongStrokeEm = 0.03;

    public OfdPage Write(PageFrame frame, bool ownArea)
    {
        var pageId = ids.Next();
        var refs = new List<OfdObjectRef>();
        var links = new List<LinkItem>();
        var content = OfdXml.Part(w =>
        {
            w.StartRoot("Page");
            if (ownArea)
            {
                w.Start("Area");
                w.Element("PhysicalBox", Box(0, 0, frame.Width, frame.Height));
                w.End();
            }
            w.Start("Content");
            w.Start("Layer");
            w.Attr("ID", ids.Next());
            foreach (var item in frame.Items)
            {
                var id = item switch
                {
                    GlyphRun run => Text(w, run),
                    LineItem l => Path(w, [new(PathVerb.MoveTo, l.X1, l.Y1), new(PathVerb.LineTo, l.X2, l.Y2)], l.Width, 0, null),
                    RectItem r => Path(w, Rect(r.X, r.Y, r.Width, r.Height), r.StrokeWidth,
                        r.Fill is null || r.StrokeWidth > 0 ? r.Stroke : null, r.Fill),
                    PathItem p => Path(w, p.Segments, p.StrokeWidth, p.Fill is null ? p.Stroke ?? 0 : p.Stroke, p.Fill),
                    ImageItem img => Image(w, img),
                    LinkItem link => Link(links, link),
                    _ => 0,
                };
                if (id > 0 && item.StructId >= 0) refs.Add(new OfdObjectRef(item.StructId, pageId, id));
            }
            w.End();
            w.End();
            if (links.Count > 0) WriteLinks(w, links);
            w.End();
        });
        return new OfdPage(pageId, content, refs);
    }

    private int Text(XmlWriter w, GlyphRun run)
    {
        var cps = run.CodePoints;
        // Spaces at either end only move the pen; a reader may trim them from the element's text.
        var first = 0;
        var last = cps.Length - 1;
        while (first <= last && cps[first] == ' ') first++;
        while (last >= first && cps[last] == ' ') last--;
        if (first > last) return 0;
        if (run.Font is not OpenTypeFont face || !fonts.TryGetValue(face, out var font))
            throw new InvalidOperationException("glyph run with a font the OFD writer did not embed");
        var size = run.Size;
        var lastAdvance = face.TryGetAdvance(cps[last], out var em) ? em * size : size;
        // The boundary is the object's own coordinate space; it generously encloses the glyphs, so a
        // reader that clips to it cuts nothing.
        var left = run.X[first] - 0.1 * size;
        var top = run.Baseline - 1.1 * size;
        var right = run.X[last] + lastAdvance + 0.1 * size;
        var bottom = run.Baseline + 0.35 * size;
        var id = ids.Next();
        w.Start("TextObject");
        w.Attr("ID", id);
        w.Attr("Boundary", Box(left, top, right - left, bottom - top));
        w.Attr("Font", font.Id);
        w.Attr("Size", Mm(size));
        if (run.Strong)
        {
            w.Attr("Stroke", "true");
            w.Attr("LineWidth", Mm(size * StrongStrokeEm));
        }
        if (run.Colour != 0)
        {
            Colour(w, "FillColor", run.Colour);
            if (run.Strong) Colour(w, "StrokeColor", run.Colour);
        }
        var origin = Micro(left);
        w.Start("TextCode");
        w.Attr("X", Format(Micro(run.X[first]) - origin));
        w.Attr("Y", Format(Micro(run.Baseline) - Micro(top)));
        if (last > first) w.Attr("DeltaX", DeltaX(run.X, first, last));
        var text = new StringBuilder(last - first + 1);
        for (var i = first; i <= last; i++) text.Append(char.ConvertFromUtf32(cps[i]));
        w.WriteString(text.ToString());
        w.End();
        w.End();
        return id;
    }

    /// <summary>
    /// The advance from each glyph to the next, from the engine's absolute positions rounded once (so the
    /// sum never drifts from where the PDF puts the glyph); repeats written as "g count value" (GB/T 33190 §11.4).
    /// </summary>
    private static string DeltaX(double[] xs, int first, int last)
    {
        var sb = new StringBuilder((last - first) * 6);
        var i = first;
        while (i < last)
        {
            var delta = Micro(xs[i + 1]) - Micro(xs[i]);
            var j = i + 1;
            while (j < last && Micro(xs[j + 1]) - Micro(xs[j]) == delta) j++;
            var count = j - i;
            if (sb.Length > 0) sb.Append(' ');
            if (count >= 3) sb.Append("g ").Append(count).Append(' ').Append(Format(delta));
            else
            {
                sb.Append(Format(delta));
                if (count == 2) sb.Append(' ').Append(Format(delta));
            }
            i = j;
        }
        return sb.ToString();
    }

    private int Path(XmlWriter w, IReadOnlyList<PathSegment> segments, double strokeWidth, int? stroke, int? fill)
    {
        if (segments.Count == 0) return 0;
        double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
        void Extend(double x, double y)
        {
            minX = Math.Min(minX, x); minY = Math.Min(minY, y);
            maxX = Math.Max(maxX, x); maxY = Math.Max(maxY, y);
        }
        foreach (var s in segments)
        {
            switch (s.Verb)
            {
                case PathVerb.MoveTo or PathVerb.LineTo: Extend(s.X1, s.Y1); break;
                case PathVerb.CubicTo: Extend(s.X1, s.Y1); Extend(s.X2, s.Y2); Extend(s.X3, s.Y3); break;
            }
        }
        if (minX > maxX) return 0;
        // Half the stroke beyond the outline, plus a point, so the boundary never clips a line cap.
        var margin = (stroke is null ? 0 : strokeWidth / 2) + 1;
        var left = minX - margin;
        var top = minY - margin;
        var id = ids.Next();
        w.Start("PathObject");
        w.Attr("ID", id);
        w.Attr("Boundary", Box(left, top, maxX - minX + 2 * margin, maxY - minY + 2 * margin));
        if (stroke is not null) w.Attr("LineWidth", Mm(strokeWidth));
        else w.Attr("Stroke", "false");
        if (fill is not null) w.Attr("Fill", "true");
        if (stroke is { } s2) Colour(w, "StrokeColor", s2);
        if (fill is { } f) Colour(w, "FillColor", f);
        long ox = Micro(left), oy = Micro(top);
        var d = new StringBuilder(segments.Count * 16);
        void Point(double x, double y) => d.Append(' ').Append(Format(Micro(x) - ox)).Append(' ').Append(Format(Micro(y) - oy));
        foreach (var s in segments)
        {
            if (d.Length > 0) d.Append(' ');
            switch (s.Verb)
            {
                case PathVerb.MoveTo: d.Append('M'); Point(s.X1, s.Y1); break;
                case PathVerb.LineTo: d.Append('L'); Point(s.X1, s.Y1); break;
                case PathVerb.CubicTo: d.Append('B'); Point(s.X1, s.Y1); Point(s.X2, s.Y2); Point(s.X3, s.Y3); break;
                case PathVerb.Close: d.Append('C'); break;
            }
        }
        w.Element("AbbreviatedData", d.ToString());
        w.End();
        return id;
    }

    private static PathSegment[] Rect(double x, double y, double width, double height) =>
    [
        new(PathVerb.MoveTo, x, y),
        new(PathVerb.LineTo, x + width, y),
        new(PathVerb.LineTo, x + width, y + height),
        new(PathVerb.LineTo, x, y + height),
        new(PathVerb.Close),
    ];

    /// <summary>The picture fills its box: the image's unit square scaled by the CTM to the boundary's size.</summary>
    private int Image(XmlWriter w, ImageItem image)
    {
        var resource = images[image];
        var id = ids.Next();
        w.Start("ImageObject");
        w.Attr("ID", id);
        w.Attr("Boundary", Box(image.X, image.Y, image.Width, image.Height));
        w.Attr("CTM", $"{Mm(image.Width)} 0 0 {Mm(image.Height)} 0 0");
        w.Attr("ResourceID", resource.Id);
        w.End();
        return id;
    }

    private static int Link(List<LinkItem> links, LinkItem link)
    {
        links.Add(link);
        return 0;
    }

    /// <summary>Web and e-mail addresses: a click action over the link's area (the page's Actions, after its content).</summary>
    private static void WriteLinks(XmlWriter w, List<LinkItem> links)
    {
        w.Start("Actions");
        foreach (var link in links)
        {
            w.Start("Action");
            w.Attr("Event", "CLICK");
            w.Start("Region");
            w.Start("Area");
            w.Attr("Start", $"{Mm(link.X)} {Mm(link.Y)}");
            foreach (var (x, y) in new[] { (link.X + link.Width, link.Y), (link.X + link.Width, link.Y + link.Height), (link.X, link.Y + link.Height) })
            {
                w.Start("Line");
                w.Attr("Point1", $"{Mm(x)} {Mm(y)}");
                w.End();
            }
            w.Start("Close");
            w.End();
            w.End();
            w.End();
            w.Start("URI");
            w.Attr("URI", link.Uri);
            w.End();
            w.End();
        }
        w.End();
    }

    private static void Colour(XmlWriter w, string element, int rgb)
    {
        w.Start(element);
        w.Attr("Value", Rgb(rgb));
        w.End();
    }
}
