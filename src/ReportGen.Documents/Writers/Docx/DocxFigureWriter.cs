using System.Runtime.InteropServices;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Documents.Document;
using static ReportGen.Documents.Writers.Docx.DocxUnits;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace ReportGen.Documents.Writers.Docx;

/// <summary>
/// A figure is its body (picture, chart or framed placeholder) followed by the caption 「图n 标题」.
/// The body is kept with the caption so a page never ends between them.
/// </summary>
internal static class DocxFigureBuilder
{
    /// <summary>Height of the placeholder frame: about a third of the 225 mm block.</summary>
    private const int PlaceholderHeight = 4252; // 75 mm

    private const int PlaceholderHalfPoints = 24;

    /// <summary>16 of the 22 body lines: a picture that tall still leaves room for its caption and a heading.</summary>
    private const int MaxPictureHeight = 16 * LinePitch;

    public static IEnumerable<OpenXmlElement> Build(Figure figure, DocxBuildContext context)
    {
        yield return figure.Content switch
        {
            ImageFigure image when IsEmbeddable(image) => BuildPicture(figure, image, context),
            ChartFigure chart => BuildChart(figure, chart, context),
            _ => BuildPlaceholder(figure),
        };
        yield return DocxParagraphBuilder.Create(DocxStyleIds.FigureCaption, figure.NumberedCaption);
    }


    /// <summary>
    /// A native chart: a chart part with the values in its caches and an embedded workbook behind it,
    /// drawn inline across the full 156 mm block.
    /// </summary>
    private static Paragraph BuildChart(Figure figure, ChartFigure chart, DocxBuildContext context)
    {
        var relationshipId = context.AddChart(
            workbookId => DocxChartXml.Build(chart, figure.Caption, workbookId),
            DocxChartWorkbook.Build(chart, context.Timestamp));

        var cx = DocxChartSize.WidthEmu;
        var cy = Layout.Charts.ChartData.IsPie(chart.Kind) ? DocxChartSize.PieHeightEmu : DocxChartSize.AxisHeightEmu;
        var id = context.NextDrawingId();
        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = id, Name = $"图表 {id}", Description = figure.AltText },
            new DW.NonVisualGraphicFrameDrawingProperties(),
            new A.Graphic(new A.GraphicData(new C.ChartReference { Id = relationshipId })
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" }))
        {
            DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U,
        };
        return new Paragraph(DocxParagraphBuilder.CreateProperties(DocxStyleIds.FigureBody), new Run(new Drawing(inline)));
    }

    /// <summary>A one-cell bordered table of fixed height with the alt text centred in it.</summary>
    private static OpenXmlElement BuildPlaceholder(Figure figure)
    {
        var paragraph = DocxParagraphBuilder.Create(DocxStyleIds.TableText,
            string.IsNullOrWhiteSpace(figure.AltText) ? figure.Caption : figure.AltText, PlaceholderHalfPoints);
        paragraph.ParagraphProperties!.KeepNext = new KeepNext();
        paragraph.ParagraphProperties.Justification = new Justification { Val = JustificationValues.Center };

        var cell = new DocumentFormat.OpenXml.Wordprocessing.TableCell(
            new TableCellProperties
            {
                TableCellWidth = new TableCellWidth { Width = TextBlockWidth.ToString(), Type = TableWidthUnitValues.Dxa },
                TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center },
            },
            paragraph);
        var row = new DocumentFormat.OpenXml.Wordprocessing.TableRow(
            new TableRowProperties(new CantSplit(), new TableRowHeight { Val = PlaceholderHeight, HeightType = HeightRuleValues.Exact }),
            cell);
        return new DocumentFormat.OpenXml.Wordprocessing.Table(
            new TableProperties
            {
                TableStyle = new TableStyle { Val = DocxStyleIds.TableGrid },
                TableWidth = new TableWidth { Width = TextBlockWidth.ToString(), Type = TableWidthUnitValues.Dxa },
                TableJustification = new TableJustification { Val = TableRowAlignmentValues.Center },
                TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
                TableCaption = new TableCaption { Val = figure.AltText },
            },
            new TableGrid(new GridColumn { Width = TextBlockWidth.ToString() }),
            row);
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
    private static Paragraph BuildPicture(Figure figure, ImageFigure image, DocxBuildContext context)
    {
        var relationshipId = context.AddImage(ImmutableCollectionsMarshal.AsArray(image.Data)!, image.MediaType == "image/png" ? "png" : "jpeg");

        double width = image.WidthPt > 0 ? image.WidthPt : 400, height = image.HeightPt > 0 ? image.HeightPt : 300;
        var scale = Math.Min(1, Math.Min(TextBlockWidth / (double)TwipsPerPoint / width, MaxPictureHeight / (double)TwipsPerPoint / height));
        var cx = (long)Math.Round(width * scale * EmuPerPoint);
        var cy = (long)Math.Round(height * scale * EmuPerPoint);
        var id = context.NextDrawingId();

        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = id, Name = $"图片 {id}", Description = figure.AltText },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(
                        new PIC.NonVisualDrawingProperties { Id = 0U, Name = $"image{id}" },
                        new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U,
        };

        return new Paragraph(DocxParagraphBuilder.CreateProperties(DocxStyleIds.FigureBody), new Run(new Drawing(inline)));
    }
}
