using ReportGen.Documents.Layout.Pages;
using UglyToad.PdfPig;

namespace ReportGen.Documents.Tests.Pdf;

public class Table3Tests
{
    [Fact]
    public void Statutory_table_three_renders_inside_the_block_with_every_label()
    {
        var doc = Table3Sample.Document();
        var layout = PdfFixture.Writer.Layout(doc);
        var g = PageGeometry.GbT9704;
        foreach (var page in layout.Pages)
            foreach (var r in page.Items.OfType<RectItem>())
            {
                Assert.True(r.X >= g.Left - 0.01 && r.X + r.Width <= g.Right + 0.01);
                Assert.True(r.Y >= g.Top - 0.01 && r.Y + r.Height <= g.Bottom + 0.01);
            }
        Assert.All(layout.Pages.SelectMany(p => p.Items.OfType<GlyphRun>()).Where(r => r.StructId >= 0 && r.Size < 12), r => Assert.Equal(10.5, r.Size));
        var pdf = PdfSamples.Get("table3");
        var file = Inspection.PdfFile.Read(pdf);
        Assert.True(file.Problems.Count == 0, file.Report);
        using var read = PdfDocument.Open(pdf);
        var text = DocumentText.Normalize(string.Concat(read.GetPages().Select(p => p.Text)));
        foreach (var row in Table3Sample.Build().BodyRows)
            foreach (var cell in row.Cells)
                Assert.Contains(DocumentText.Normalize(cell.PlainText), text);
    }
}
