using ReportGen.Documents.Document;
using ReportGen.Documents.Writers.Pdf;

namespace ReportGen.Documents.Tests.Pdf;

public class PdfBatchTests
{
    [Fact]
    public void One_writer_serves_a_parallel_batch_with_identical_output()
    {
        var docs = Enumerable.Range(0, 16).Select(i => i % 2 == 0 ? SampleDocuments.Small() : PdfBenchmark.FivePageReport()).ToArray();
        var results = new byte[docs.Length][];
        Parallel.For(0, docs.Length, i => results[i] = PdfFixture.Render(docs[i]));
        var small = PdfFixture.Render(SampleDocuments.Small());
        var five = PdfFixture.Render(PdfBenchmark.FivePageReport());
        for (var i = 0; i < docs.Length; i++) Assert.Equal(i % 2 == 0 ? small : five, results[i]);
    }

    [Fact]
    public void Five_page_report_stays_under_300_KB()
    {
        var pdf = PdfFixture.Render(PdfBenchmark.FivePageReport());
        Assert.True(pdf.Length < 300 * 1024, $"{pdf.Length / 1024} KB");
        using var doc = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.Equal(5, doc.NumberOfPages);
    }
}
