using System.Collections.Immutable;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static ReportGen.Documents.Tests.Docx.DocxTestHelpers;
using A = DocumentFormat.OpenXml.Drawing;
using Doc = ReportGen.Documents.Document;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace ReportGen.Documents.Tests.Docx;

public class DocxFigureTests
{
    [Fact]
    public void Image_figure_is_embedded_as_a_picture_part_at_its_natural_size()
    {
        using var doc = Open(DocxTestDocuments.Full());
        var main = doc.MainDocumentPart!;
        var inline = main.Document!.Body!.Descendants<DW.Inline>().Single(i => i.Descendants<A.Blip>().Any());
        var blip = inline.Descendants<A.Blip>().Single();
        var image = (ImagePart)main.GetPartById(blip.Embed!.Value!);
        Assert.Equal("image/png", image.ContentType);
        using (var stream = image.GetStream())
        using (var copy = new MemoryStream())
        {
            stream.CopyTo(copy);
            Assert.Equal(DocxTestDocuments.TinyPng, copy.ToArray());
        }
        Assert.Equal((300 * 12700L, 200 * 12700L), (inline.Extent!.Cx!.Value, inline.Extent.Cy!.Value));
        Assert.Equal("一个红点", inline.DocProperties!.Description!.Value);

        var pictureParagraph = inline.Ancestors<Paragraph>().Single();
        var caption = pictureParagraph.NextSibling<Paragraph>()!;
        Assert.Equal("图2 示意图", caption.InnerText);
        Assert.Equal("FigureCaption", caption.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
    }

    [Theory]
    [InlineData(1000, 500, 442.2, 221.1)]  // wider than the 156 mm block: scaled to its width
    [InlineData(100, 2000, 23.16, 463.2)]  // taller than 16 body lines (16 × 28.95 pt): scaled to that height
    public void Large_images_are_scaled_down_keeping_their_aspect_ratio(double w, double h, double expectedW, double expectedH)
    {
        var document = SampleDocuments.Small() with
        {
            Blocks = ImmutableArray.Create<Doc.Block>(new Doc.Figure(
                new Doc.ImageFigure(ImmutableArray.Create(DocxTestDocuments.TinyPng), "image/png", w, h), "图", "图", 1)),
        };
        using var doc = Open(document);
        var extent = doc.MainDocumentPart!.Document!.Body!.Descendants<DW.Inline>().Single().Extent!;
        Assert.Equal(expectedW, extent.Cx!.Value / 12700.0, 1);
        Assert.Equal(expectedH, extent.Cy!.Value / 12700.0, 1);
    }

    [Fact]
    public void Images_of_unsupported_types_fall_back_to_the_placeholder_frame()
    {
        var document = SampleDocuments.Small() with
        {
            Blocks = ImmutableArray.Create<Doc.Block>(new Doc.Figure(
                new Doc.ImageFigure(ImmutableArray.Create((byte)1, (byte)2), "image/svg+xml", 100, 100), "矢量图", "矢量图说明", 4)),
        };
        using var doc = Open(document);
        var main = doc.MainDocumentPart!;
        Assert.Empty(main.ImageParts);
        Assert.Equal("矢量图说明", main.Document!.Body!.Elements<Table>().Single().InnerText);
        Assert.Equal("图4 矢量图", main.Document.Body.Elements<Paragraph>().Single().InnerText);
    }

    [Fact]
    public void Placeholder_figures_are_framed_boxes_with_the_caption_below()
    {
        using var doc = Open(DocxTestDocuments.Full());
        var body = doc.MainDocumentPart!.Document!.Body!;
        var captions = body.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "FigureCaption")
            .ToDictionary(p => p.InnerText);
        foreach (var (caption, alt) in new[] { ("图1 历年主动公开政府信息统计图", "历年主动公开政府信息数量柱状图") })
        {
            var frame = Assert.IsType<Table>(captions[caption].PreviousSibling());
            var cell = frame.Descendants<TableCell>().Single();
            Assert.Equal(alt, cell.InnerText);
            Assert.Equal("TableGrid", frame.GetFirstChild<TableProperties>()!.TableStyle!.Val!.Value);
            Assert.Equal(HeightRuleValues.Exact, frame.Descendants<TableRowHeight>().Single().HeightType!.Value);
            // The box keeps with its caption.
            Assert.NotNull(cell.Descendants<KeepNext>().SingleOrDefault());
        }
    }
}
