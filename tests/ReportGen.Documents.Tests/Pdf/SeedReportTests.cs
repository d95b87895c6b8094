using ReportGen.Documents.Tests.Pdf.Inspection;
using UglyToad.PdfPig;

namespace ReportGen.Documents.Tests.Pdf;

public class SeedReportTests
{
    [Theory]
    [MemberData(nameof(SeedDocuments.Names), MemberType = typeof(SeedDocuments))]
    public void Real_report_text_extracts_exactly_from_a_well_formed_file(string seed)
    {
        var doc = SeedDocuments.Load(seed);
        var pdf = PdfSamples.Get("seed-" + Path.GetFileNameWithoutExtension(seed));
        using (var read = PdfDocument.Open(pdf))
            Assert.Equal(DocumentText.Of(doc), DocumentText.Normalize(string.Concat(read.GetPages().Select(p => p.Text))));
        var file = PdfFile.Read(pdf);
        Assert.True(file.Problems.Count == 0, file.Report);
    }
}
