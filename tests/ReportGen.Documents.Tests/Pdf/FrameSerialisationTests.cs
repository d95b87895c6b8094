using System.Collections.Immutable;
using ReportGen.Documents.Document;
using ReportGen.Documents.Layout.Pages;
using ReportGen.Documents.Writers.Pdf;

namespace ReportGen.Documents.Tests.Pdf;

/// <summary>The writer serialises any frame item, not only what today's layout produces (charts will draw paths).</summary>
public class FrameSerialisationTests
{
    [Fact]
    public void Paths_with_curves_fills_and_lines_are_written_as_vector_operators()
    {
        var page = new PageFrame(595.276, 841.89, 1);
        var figure = new StructNode(1, "Figure") { Alt = "饼图" };
        var root = new StructNode(0, "Document");
        root.Children.Add(figure);
        page.Items.Add(new PathItem(
        [
            new(PathVerb.MoveTo, 100, 100),
            new(PathVerb.CubicTo, 150, 50, 200, 50, 250, 100),
            new(PathVerb.LineTo, 250, 200),
            new(PathVerb.Close),
        ], 1, Stroke: 0x1F4E79, Fill: 0xC00000) { StructId = 1 });
        page.Items.Add(new LineItem(80, 300, 400, 300, 0.5));
        page.Items.Add(new RectItem(80, 320, 100, 40, 0, Fill: 0x00FF00));
        var layout = new LayoutResult([page], root, 2, []);
        using var ms = new MemoryStream();
        new PdfDocumentBuilder(SampleDocuments.Small(), layout, new EmbeddedFontCache()).Write(ms);
        var path = PdfFixture.Save(ms.ToArray(), "paths");
        var (exit, qout, qerr) = ExternalTool.Run("qpdf", "--check", path);
        Assert.True(exit == 0, qout + qerr);
        var (_, qdf, _) = ExternalTool.Run("qpdf", "--qdf", "--object-streams=disable", path, "-");
        Assert.Contains("150 791.89 200 791.89 250 741.89 c", qdf);
        Assert.Contains("0.753 0 0 rg", qdf);
        Assert.Contains("0.122 0.306 0.475 RG", qdf);
        Assert.Contains("\nB\n", qdf);
        Assert.Contains("/Figure <</MCID 0>> BDC", qdf);
        Assert.Contains("/Artifact <</Type /Layout>> BDC", qdf);
        Assert.Contains("80 481.89 100 40 re f", qdf);
    }
}
