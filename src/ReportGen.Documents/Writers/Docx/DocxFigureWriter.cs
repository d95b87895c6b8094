using System.Runtime.InteropServices;
using ReportGen.Documents.Document;
using static ReportGen.Documents.Writers.Docx.DocxUnits;

namespace ReportGen.Documents.Writers.Docx;

/// <summary>
/// A figure is its body (picture, chart or framed placeholder) followed by the caption 「图n 标题」.
/// The body is kept with the caption so a page never ends between them.
/// </summary>
internal static class DocxFigureWriter
{
    /// <summary>Height of the placeholder frame: about a third of the 225 mm block.</summary>
    private const int PlaceholderHeight = 4252; // 75 mm

    private const int PlaceholderHalfPoints = 24;

    /// <summary>16 of the 22 body lines: a picture that tall still leaves room for its caption and a heading.</summary>
    private const int MaxPictureHeight = 16 * LinePitch;

    /// <summary>The figure's body as the body writer places it: a paragraph holding a drawing, or the placeholder table.</summary>
    public static void Write(Figure figure, DocxBuildContext context, DocxBodyWriter body)
    {
        switch (figure.Content)
        {
            case ImageFigure image when IsEmbeddable(image):
                body.Append(PictureParagraph(figure, image, context));
                break;
            case ChartFigure chart:
                body.Append(ChartParagraph(figure, chart, context));
                break;
            default:
                body.AppendTable(xml => WritePlaceholder(xml, figure));
                break;
        }
        body.Append(DocxParagraph.Of(DocxStyleIds.FigureCaption, figure.NumberedCaption));
    }

    /// <summary>
    /// A native chart: a chart part with the values in its caches and an embedded workbook behind it,
    /// drawn inline across the full 156 mm block.
    /// </summary>
    private static DocxParagraph ChartParagraph(Figure figure, ChartFigure chart, DocxBuildContext context)
    {
        var relationshipId = context.AddChart(
            workbookId => DocxChartXml.Build(chart, figure.Caption, workbookId),
            DocxChartWorkbook.Build(chart, context.Timestamp));
        var cy = Layout.Charts.ChartData.IsPie(chart.Kind) ? DocxChartSize.PieHeightEmu : DocxChartSize.AxisHeightEmu;
        var drawing = new DocxChartDrawing(DocxChartSize.WidthEmu, cy, context.NextDrawingId(), figure.AltText, relationshipId);
        return DocxParagraph.Of(DocxStyleIds.FigureBody, drawing);
    }

    /// <summary>A one-cell bordered table of fixed height with the alt text centred in it.</summary>
    private static void WritePlaceholder(WordXml xml, Figure figure)
    {
        xml.Start("tbl");
        DocxTableWriter.WriteProperties(xml, figure.AltText, withLook: false);
        DocxTableWriter.WriteGrid(xml, [TextBlockWidth]);
        xml.Start("tr");
        xml.Start("trPr");
        xml.Empty("cantSplit");
        xml.Start("trHeight");
        xml.Attribute("val", PlaceholderHeight);
        xml.Attribute("hRule", "exact");
        xml.End();
        xml.End();
        xml.Start("tc");
        xml.Start("tcPr");
        DocxTableWriter.WriteWidth(xml, "tcW", TextBlockWidth);
        xml.Empty("vAlign", "val", "center");
        xml.End();
        var paragraph = DocxParagraph.Of(DocxStyleIds.TableText,
            string.IsNullOrWhiteSpace(figure.AltText) ? figure.Caption : figure.AltText, PlaceholderHalfPoints);
        paragraph.Properties!.KeepNext = KeepNext.On;
        paragraph.Properties.Justification = "center";
        paragraph.Write(xml);
        xml.End();
        xml.End();
        xml.End();
    }

    private static bool IsEmbeddable(ImageFigure image) =>
        image.Data.Length > 0 && ImageContentType(image.MediaType) is not null;

    private static string? ImageContentType(string mediaType) => mediaType.ToLowerInvariant() switch
    {
        "image/png" => "image/png",
        "image/jpeg" or "image/jpg" => "image/jpeg",
        _ => null,
    };

    /// <summary>An inline picture, scaled down (never up) to fit the block width and most of its height.</summary>
    private static DocxParagraph PictureParagraph(Figure figure, ImageFigure image, DocxBuildContext context)
    {
        var relationshipId = context.AddImage(ImmutableCollectionsMarshal.AsArray(image.Data)!, image.MediaType == "image/png" ? "png" : "jpeg");

        double width = image.WidthPt > 0 ? image.WidthPt : 400, height = image.HeightPt > 0 ? image.HeightPt : 300;
        var scale = Math.Min(1, Math.Min(TextBlockWidth / (double)TwipsPerPoint / width, MaxPictureHeight / (double)TwipsPerPoint / height));
        var cx = (long)Math.Round(width * scale * EmuPerPoint);
        var cy = (long)Math.Round(height * scale * EmuPerPoint);
        return DocxParagraph.Of(DocxStyleIds.FigureBody, new DocxPictureDrawing(cx, cy, context.NextDrawingId(), figure.AltText, relationshipId));
    }
}
