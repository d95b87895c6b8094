using System.Globalization;
using ReportGen.Documents.Document;
using ReportGen.Documents.Layout.Pages;
using ReportGen.Documents.Tests.Pdf.Inspection;
using ReportGen.Documents.Writers.Pdf;

namespace ReportGen.Documents.Tests.Pdf;

/// <summary>The writer serialises any frame item, not only what today's layout produces (charts will draw paths).</summary>
public class FrameSerialisationTests
{
    /// <summary>One page with a curved, filled and stroked path inside a Figure tag, a rule and a filled rectangle.</summary>
    public static byte[] PathsPdf()
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
        return ms.ToArray();
    }

    [Fact]
    public void Paths_with_curves_fills_and_lines_are_written_as_vector_operators()
    {
        var pdf = PdfFile.Read(PdfSamples.Get("paths"));
        Assert.True(pdf.Problems.Count == 0, pdf.Report);
        var ops = PdfSyntax.ContentOperations(pdf.PageContent(Assert.Single(pdf.Pages).Page))
            .Select(o => string.Join(" ", o.Operands.Select(Format).Append(o.Operator))).ToList();
        Assert.Contains("150 791.89 200 791.89 250 741.89 c", ops);
        Assert.Contains("0.753 0 0 rg", ops);
        Assert.Contains("0.122 0.306 0.475 RG", ops);
        Assert.Contains("B", ops);
        Assert.Contains("/Figure <</MCID 0>> BDC", ops);
        Assert.Contains("/Artifact <</Type /Layout>> BDC", ops);
        Assert.Contains("80 481.89 100 40 re", ops);
        Assert.Equal("f", ops[ops.IndexOf("80 481.89 100 40 re") + 1]);
    }

    /// <summary>An operand as the writer spells it, so the assertions read like the content stream.</summary>
    internal static string Format(object operand) => operand switch
    {
        double d => d.ToString("0.###", CultureInfo.InvariantCulture),
        PdfName n => n.ToString(),
        PdfDict dict => "<<" + string.Join(" ", dict.Select(kv => $"/{kv.Key} {Format(kv.Value)}")) + ">>",
        PdfArray a => "[" + string.Join(" ", a.Select(Format)) + "]",
        _ => operand.ToString() ?? "",
    };
}
