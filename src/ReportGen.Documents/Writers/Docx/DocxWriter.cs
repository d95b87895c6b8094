using System.IO.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using ReportGen.Documents.Document;
using WDocument = DocumentFormat.OpenXml.Wordprocessing.Document;

namespace ReportGen.Documents.Writers.Docx;

/// <summary>
/// Writes a GB/T 9704-2012 laid-out Word document. Stateless and thread-safe: the static parts
/// (styles, fonts, settings, footers) are prebuilt bytes and per-document state lives in locals.
/// </summary>
/// <remarks>
/// Output is byte-identical for identical input: every relationship id and part name is fixed, core
/// properties come from the metadata only, and the package is re-zipped with a fixed timestamp.
/// </remarks>
public sealed class DocxWriter : IDocumentWriter
{
    private const string CoreRelationshipId = "rIdCore";
    private const string MainRelationshipId = "rIdMain";

    public string Format => "docx";

    public void Write(ReportDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);

        using var package = new MemoryStream(64 * 1024);
        WritePackage(document, package);
        DeterministicZip.Repack(package, output, document.Metadata.Date.ToDateTime(TimeOnly.MinValue));
    }

    private static void WritePackage(ReportDocument document, Stream stream)
    {
        using var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document, autoSave: true);
        // Stored: the entries are deflated once, by DeterministicZip.
        word.CompressionOption = CompressionOption.NotCompressed;

        var main = word.AddNewPart<MainDocumentPart>(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", MainRelationshipId);
        Feed(main.AddNewPart<StyleDefinitionsPart>("rIdStyles"), DocxStyles.Xml);
        Feed(main.AddNewPart<DocumentSettingsPart>("rIdSettings"), DocxSettings.Xml);
        Feed(main.AddNewPart<FontTablePart>("rIdFonts"), DocxFonts.FontTableXml);
        Feed(main.AddNewPart<FooterPart>(DocxPageSetup.OddFooterId), DocxPageSetup.OddFooterXml);
        Feed(main.AddNewPart<FooterPart>(DocxPageSetup.EvenFooterId), DocxPageSetup.EvenFooterXml);

        var body = new DocxBodyBuilder(new DocxBuildContext(main, document.Metadata.Date.ToDateTime(TimeOnly.MinValue))).Build(document);
        main.Document = new WDocument(body);

        Feed(word.AddNewPart<CoreFilePropertiesPart>(
            "application/vnd.openxmlformats-package.core-properties+xml", CoreRelationshipId),
            DocxCoreProperties.Build(document.Metadata));
    }

    private static void Feed(OpenXmlPart part, byte[] xml)
    {
        using var data = new MemoryStream(xml, writable: false);
        part.FeedData(data);
    }
}
