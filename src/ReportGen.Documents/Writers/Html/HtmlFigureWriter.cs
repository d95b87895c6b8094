using System.Globalization;
using ReportGen.Documents.Document;

namespace ReportGen.Documents.Writers.Html;

/// <summary>Writes a <see cref="Figure"/> as figure + figcaption (图题 below the figure, as printed).</summary>
internal static class HtmlFigureWriter
{
    // Only raster types the model promises; anything else would be an unknown payload in a public page.
    private static readonly string[] ImageTypes = ["image/png", "image/jpeg"];

    /// <param name="id">Unique in the page; the chart's title and desc ids are built from it.</param>
    public static void Write(TextWriter w, Figure figure, string id)
    {
        w.Write("<figure>\n");
        switch (figure.Content)
        {
            case ImageFigure image when IsSupported(image):
                WriteImage(w, image, figure.AltText);
                break;
            case ChartFigure chart:
                HtmlSvgChartWriter.Write(w, chart, figure, id);
                break;
            default:
                WriteBox(w, figure.AltText);
                break;
        }
        w.Write("<figcaption>");
        HtmlText.Write(w, figure.NumberedCaption);
        w.Write("</figcaption>\n</figure>\n");
        if (figure.Content is ChartFigure data)
        {
            // The numbers themselves, for screen readers and for anyone who wants to copy them; folded
            // away (and not printed) so the page reads like the printed report, caption right under the chart.
            w.Write("<details class=\"chart-details\"><summary>查看“");
            HtmlText.Write(w, figure.NumberedCaption);
            w.Write("”的数据</summary>\n");
            HtmlChartTableWriter.Write(w, data, figure.Caption);
            w.Write("</details>\n");
        }
    }

    private static void WriteBox(TextWriter w, string altText)
    {
        w.Write("<div class=\"figure-box\" role=\"img\" aria-label=\"");
        HtmlText.Write(w, altText);
        w.Write("\">");
        HtmlText.Write(w, altText);
        w.Write("</div>\n");
    }

    private static bool IsSupported(ImageFigure image) =>
        !image.Data.IsDefaultOrEmpty && Array.IndexOf(ImageTypes, image.MediaType?.ToLowerInvariant()) >= 0;

    private static void WriteImage(TextWriter w, ImageFigure image, string altText)
    {
        w.Write("<img class=\"figure-img\" src=\"data:");
        w.Write(image.MediaType.ToLowerInvariant());
        w.Write(";base64,");
        WriteBase64(w, image.Data.AsSpan());
        w.Write("\" alt=\"");
        HtmlText.Write(w, altText);
        w.Write('"');
        // Natural size in CSS px (96 per inch) so the page does not reflow when the image decodes;
        // the stylesheet still shrinks it to the column width.
        if (image.WidthPt > 0 && image.HeightPt > 0 && double.IsFinite(image.WidthPt) && double.IsFinite(image.HeightPt))
        {
            w.Write(" width=\"");
            w.Write(Math.Max(1, (int)Math.Round(image.WidthPt * 96 / 72, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture));
            w.Write("\" height=\"");
            w.Write(Math.Max(1, (int)Math.Round(image.HeightPt * 96 / 72, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture));
            w.Write('"');
        }
        w.Write(">\n");
    }

    /// <summary>Base64 in chunks, so a large picture is not first copied into one big string.</summary>
    private static void WriteBase64(TextWriter w, ReadOnlySpan<byte> data)
    {
        const int chunk = 3 * 1024; // multiple of 3: no padding inside the stream
        Span<char> buffer = stackalloc char[4 * 1024];
        while (!data.IsEmpty)
        {
            var part = data[..Math.Min(chunk, data.Length)];
            Convert.TryToBase64Chars(part, buffer, out var written);
            w.Write(buffer[..written]);
            data = data[part.Length..];
        }
    }
}
