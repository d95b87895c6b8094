using DocumentFormat.OpenXml.Packaging;
using ReportGen.Documents.Document;
using ReportGen.Documents.Writers.Docx;

namespace ReportGen.Documents.Tests.Docx;

internal static class DocxTestHelpers
{
    public static byte[] WriteBytes(ReportDocument document)
    {
        using var output = new MemoryStream();
        new DocxWriter().Write(document, output);
        return output.ToArray();
    }

    /// <summary>Opens written bytes read-only; the caller disposes the document (and with it the stream).</summary>
    public static WordprocessingDocument Open(byte[] bytes) =>
        WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), isEditable: false);

    public static WordprocessingDocument Open(ReportDocument document) => Open(WriteBytes(document));
}
