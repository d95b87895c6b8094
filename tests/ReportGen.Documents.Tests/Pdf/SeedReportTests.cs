using UglyToad.PdfPig;

namespace ReportGen.Documents.Tests.Pdf;

public class SeedReportTests
{
    [Theory]
    [MemberData(nameof(SeedDocuments.Names), MemberType = typeof(SeedDocuments))]
    public void Real_report_text_extracts_exactly_and_keeps_the_geometry(string seed)
    {
        var doc = SeedDocuments.Load(seed);
        var pdf = PdfFixture.Render(doc);
        var path = PdfFixture.Save(pdf, "seed-" + Path.GetFileNameWithoutExtension(seed));
        var expected = DocumentText.Of(doc);
        using (var read = PdfDocument.Open(pdf))
            Assert.Equal(expected, DocumentText.Normalize(string.Concat(read.GetPages().Select(p => p.Text))));
        var (exit, text, err) = ExternalTool.Run("pdftotext", "-enc", "UTF-8", "-raw", path, "-");
        Assert.True(exit == 0, err);
        Assert.Equal(expected, DocumentText.Normalize(text));
        var (qexit, qout, qerr) = ExternalTool.Run("qpdf", "--check", path);
        Assert.True(qexit == 0, qout + qerr);
    }
}
