using System.Collections.Immutable;
using ReportGen.Documents.Diagnostics;
using ReportGen.Documents.Layout.Pages;
using ReportGen.Documents.Layout.Text;
using PagePath = ReportGen.Documents.Layout.Pages.PathSegment;

namespace ReportGen.Documents.Layout.Charts;

/// <summary>
/// Paints a laid-out chart (<see cref="ChartLayout"/>) into a page frame: shapes as vector paths,
/// labels as glyph runs in the report's table face, so the PDF subsets them like all other text and
/// a reader can select and extract the numbers. Everything belongs to the figure's structure node,
/// whose alt text describes the chart.
/// </summary>
internal static class ChartFrameDrawer
{
    public static void Draw(List<FrameItem> items, ChartDrawing drawing, double x, double y, double width, double height,
        FontStack fonts, int structId, SourceSpan? source)
    {
        var scale = Math.Min(width / drawing.Width, height / drawing.Height);
        var left = x + (width - drawing.Width * scale) / 2;
        var top = y + (height - drawing.Height * scale) / 2;
        ImmutableArray<PagePath> Map(ChartPath path) => [.. path.Segments.Select(s => s.Op switch
        {
            ChartPathOp.MoveTo => new PagePath(PathVerb.MoveTo, left + s.X * scale, top + s.Y * scale),
            ChartPathOp.LineTo => new PagePath(PathVerb.LineTo, left + s.X * scale, top + s.Y * scale),
            ChartPathOp.CurveTo => new PagePath(PathVerb.CubicTo,
                left + s.X1 * scale, top + s.Y1 * scale, left + s.X2 * scale, top + s.Y2 * scale, left + s.X * scale, top + s.Y * scale),
            _ => new PagePath(PathVerb.Close),
        })];

        foreach (var item in drawing.Items)
        {
            switch (item)
            {
                case ChartMark mark:
                    items.Add(new PathItem(Map(mark.Path), mark.Stroke is null ? 0 : mark.StrokeWidth * scale,
                        mark.Stroke is null ? null : Rgb(mark.Stroke), Rgb(mark.Fill)) { StructId = structId });
                    break;
                case ChartFill fill:
                    items.Add(new PathItem(Map(fill.Path), 0, null, Rgb(fill.Fill)) { StructId = structId });
                    break;
                case ChartStroke stroke:
                    items.Add(new PathItem(Map(stroke.Path), stroke.Width * scale, Rgb(stroke.Color)) { StructId = structId });
                    break;
                case ChartLabel label:
                    AddLabel(items, label, left + label.X * scale, top + label.Y * scale, label.Size * scale, fonts, structId, source);
                    break;
            }
        }
    }

    /// <summary>Shaped with the real font, so the anchor (start, middle, end) is exact, unlike the layout's estimate.</summary>
    private static void AddLabel(List<FrameItem> items, ChartLabel label, double x, double baseline, double size,
        FontStack fonts, int structId, SourceSpan? source)
    {
        if (string.IsNullOrEmpty(label.Text)) return;
        var text = TextShaper.Shape([new StyledSpan(label.Text)], new TextStyle(TextRole.Table, size), fonts, source);
        var advance = text.Advances.Sum();
        var pen = label.Anchor switch
        {
            ChartAnchor.Middle => x - advance / 2,
            ChartAnchor.End => x - advance,
            _ => x,
        };
        var colour = Rgb(label.Color);
        var i = 0;
        while (i < text.Length)
        {
            // Spaces only move the pen (as in LineEmitter): a run never starts or holds one.
            if (text.CodePoints[i] == ' ') { pen += text.Advances[i++]; continue; }
            var j = i + 1;
            while (j < text.Length && text.Fonts[j] == text.Fonts[i] && text.CodePoints[j] != ' ') j++;
            var cps = new int[j - i];
            var xs = new double[j - i];
            for (var k = i; k < j; k++)
            {
                cps[k - i] = text.CodePoints[k];
                xs[k - i] = pen;
                pen += text.Advances[k];
            }
            items.Add(new GlyphRun(text.Fonts[i], size, baseline, cps, xs) { StructId = structId, Colour = colour });
            i = j;
        }
    }

    private static int Rgb(string hex) => Convert.ToInt32(hex, 16);
}
