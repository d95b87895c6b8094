using System.Text;
using ReportGen.Documents.Document;
using ReportGen.Documents.Writers.Packaging;

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

        var package = new DocxPackage();
        package.AddPart("word/styles.xml", DocxStyles.Xml, "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml");
        package.AddPart("word/settings.xml", DocxSettings.Xml, "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml");
        package.AddPart("word/fontTable.xml", DocxFonts.FontTableXml, "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml");
        package.AddPart("word/footer1.xml", DocxPageSetup.OddFooterXml, FooterContentType);
        package.AddPart("word/footer2.xml", DocxPageSetup.EvenFooterXml, FooterContentType);
        package.Relate(DocxPackage.MainPath, "rIdStyles", DocxPackage.Types.Styles, "styles.xml");
        package.Relate(DocxPackage.MainPath, "rIdSettings", DocxPackage.Types.Settings, "settings.xml");
        package.Relate(DocxPackage.MainPath, "rIdFonts", DocxPackage.Types.FontTable, "fontTable.xml");
        package.Relate(DocxPackage.MainPath, DocxPageSetup.OddFooterId, DocxPackage.Types.Footer, "footer1.xml");
        package.Relate(DocxPackage.MainPath, DocxPageSetup.EvenFooterId, DocxPackage.Types.Footer, "footer2.xml");

        // ZIP entries need some time: the report date, else the ZIP epoch (1980-01-01), never the clock.
        var timestamp = (document.Metadata.Date ?? new DateOnly(1980, 1, 1)).ToDateTime(TimeOnly.MinValue);
        using var xml = new WordXml();
        new DocxBodyWriter(xml, new DocxBuildContext(package, timestamp)).Write(document);
        package.AddPart(DocxPackage.MainPath, xml.Finish(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
        package.Relate("", MainRelationshipId, DocxPackage.Types.OfficeDocument, DocxPackage.MainPath);

        package.AddPart("docProps/core.xml", DocxCoreProperties.Build(document.Metadata), "application/vnd.openxmlformats-package.core-properties+xml");
        package.Relate("", CoreRelationshipId, DocxPackage.Types.CoreProperties, "docProps/core.xml");

        package.WriteTo(output, timestamp);
    }

    private const string FooterContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml";

    static DocxWriter()
    {
        foreach (var part in new[] { DocxStyles.Xml, DocxSettings.Xml, DocxFonts.FontTableXml, DocxPageSetup.OddFooterXml, DocxPageSetup.EvenFooterXml })
            DeterministicZip.MarkStatic(part);
    }
}
