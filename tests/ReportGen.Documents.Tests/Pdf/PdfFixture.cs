using ReportGen.Documents.Document;
using ReportGen.Documents.Fonts;
using ReportGen.Documents.Writers.Pdf;

namespace ReportGen.Documents.Tests.Pdf;

/// <summary>One shared writer (as in a batch) and the sample PDF, written once for all read-back tests.</summary>
public static class PdfFixture
{
    private static readonly Lazy<PdfWriter> SharedWriter = new(() => new PdfWriter(new FontOptions { UseInstalledFonts = false }));
    private static readonly Lazy<byte[]> SampleBytes = new(() => Render(SampleDocuments.Small()));
    private static readonly Lazy<string> SamplePathLazy = new(() => Save(SampleBytes.Value, "sample"));

    public static PdfWriter Writer => SharedWriter.Value;

    public static byte[] Sample => SampleBytes.Value;

    public static string SamplePath => SamplePathLazy.Value;

    public static byte[] Render(ReportDocument document)
    {
        using var ms = new MemoryStream();
        Writer.Write(document, ms);
        return ms.ToArray();
    }

    public static string Save(byte[] pdf, string name)
    {
        var dir = Path.Combine(Path.GetTempPath(), "reportgen-pdf-tests");
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, $"{name}-{Environment.ProcessId}.pdf");
        File.WriteAllBytes(path, pdf);
        return path;
    }
}
