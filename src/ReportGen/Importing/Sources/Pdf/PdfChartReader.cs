using ReportGen.Importing.Published;

namespace ReportGen.Importing.Sources.Pdf;

/// <summary>Placeholder until chart reading from PDF geometry is written.</summary>
internal static class PdfChartReader
{
    public static PublishedChart? Read(List<PdfLine> labels, IReadOnlyList<PdfShape> shapes) => null;
}
