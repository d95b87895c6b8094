namespace ReportGen.Documents.Tests.Pdf;

public class PdfSmokeTests
{
    [Fact]
    public void Sample_renders()
    {
        var bytes = PdfFixture.Sample;
        File.WriteAllBytes("/tmp/sample.pdf", bytes);
        Assert.True(bytes.Length > 1000);
    }
}
