using System.Globalization;
using System.Text;
using ReportGen.Documents.Document;
using ReportGen.Documents.Layout.Charts;

namespace ReportGen.Documents.Writers.Html;

/// <summary>
/// A chart as inline SVG: named by its caption (title) and described by the alt text (desc), with
/// the drawing itself hidden from assistive technology — the data table after it says the same
/// thing in a form a screen reader can navigate. Text uses the body face through the stylesheet.
/// </summary>
internal static class HtmlSvgChartWriter
{
    public static void Write(TextWriter w, ChartFigure chart, Figure figure, string id)
    {
        var drawing = ChartLayout.Lay(chart, figure.Caption);
        w.Write("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ");
        w.Write(N(drawing.Width));
        w.Write(' ');
        w.Write(N(drawing.Height));
        w.Write("\" role=\"img\" aria-labelledby=\"");
        w.Write(id);
        w.Write("-title ");
        w.Write(id);
        w.Write("-desc\">\n<title id=\"");
        w.Write(id);
        w.Write("-title\">");
        HtmlText.Write(w, figure.NumberedCaption);
        w.Write("</title>\n<desc id=\"");
        w.Write(id);
        w.Write("-desc\">");
        HtmlText.Write(w, string.IsNullOrWhiteSpace(figure.AltText) ? figure.Caption : figure.AltText);
        w.Write("</desc>\n<g aria-hidden=\"true\">\n");
        foreach (var item in drawing.Items) WriteItem(w, item);
        w.Write("</g>\n</svg>\n");
    }

    private static void WriteItem(TextWriter w, ChartItem item)
    {
        switch (item)
        {
            case ChartMark mark:
                w.Write("<path class=\"mark\" d=\"");
                w.Write(PathData(mark.Path));
                w.Write("\" fill=\"#");
                w.Write(mark.Fill);
                w.Write('"');
                if (mark.Stroke is not null)
                {
                    w.Write(" stroke=\"#");
                    w.Write(mark.Stroke);
                    w.Write("\" stroke-width=\"");
                    w.Write(N(mark.StrokeWidth));
                    w.Write("\" stroke-linejoin=\"round\"");
                }
                // A tooltip on hover; the accessible name comes from the table.
                w.Write("><title>");
                HtmlText.Write(w, mark.Title);
                w.Write("</title></path>\n");
                break;
            case ChartFill fill:
                w.Write("<path d=\"");
                w.Write(PathData(fill.Path));
                w.Write("\" fill=\"#");
                w.Write(fill.Fill);
                w.Write("\"/>\n");
                break;
            case ChartStroke stroke:
                w.Write("<path d=\"");
                w.Write(PathData(stroke.Path));
                w.Write("\" fill=\"none\" stroke=\"#");
                w.Write(stroke.Color);
                w.Write("\" stroke-width=\"");
                w.Write(N(stroke.Width));
                w.Write("\" stroke-linejoin=\"round\"/>\n");
                break;
            case ChartLabel label:
                w.Write("<text x=\"");
                w.Write(N(label.X));
                w.Write("\" y=\"");
                w.Write(N(label.Y));
                w.Write("\" font-size=\"");
                w.Write(N(label.Size));
                w.Write('"');
                if (label.Anchor != ChartAnchor.Start)
                {
                    w.Write(" text-anchor=\"");
                    w.Write(label.Anchor == ChartAnchor.Middle ? "middle" : "end");
                    w.Write('"');
                }
                if (label.Color != ChartPalette.Text)
                {
                    w.Write(" fill=\"#");
                    w.Write(label.Color);
                    w.Write('"');
                }
                w.Write('>');
                HtmlText.Write(w, label.Text);
                w.Write("</text>\n");
                break;
        }
    }

    internal static string PathData(ChartPath path)
    {
        var sb = new StringBuilder();
        foreach (var s in path.Segments)
        {
            switch (s.Op)
            {
                case ChartPathOp.MoveTo: sb.Append('M').Append(N(s.X)).Append(' ').Append(N(s.Y)); break;
                case ChartPathOp.LineTo: sb.Append('L').Append(N(s.X)).Append(' ').Append(N(s.Y)); break;
                case ChartPathOp.CurveTo:
                    sb.Append('C').Append(N(s.X1)).Append(' ').Append(N(s.Y1)).Append(' ')
                        .Append(N(s.X2)).Append(' ').Append(N(s.Y2)).Append(' ')
                        .Append(N(s.X)).Append(' ').Append(N(s.Y));
                    break;
                case ChartPathOp.Close: sb.Append('Z'); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Two decimals, invariant: the same text on every machine and run.</summary>
    private static string N(double value) =>
        (Math.Round(value, 2) + 0.0).ToString("0.##", CultureInfo.InvariantCulture);
}
