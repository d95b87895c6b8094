using System.Globalization;
using System.Security;
using System.Text;
using ReportGen.Documents.Document;

namespace ReportGen.Documents.Writers.Docx;

/// <summary>
/// docProps/core.xml written from the metadata alone. System.IO.Packaging's own PackageProperties
/// would name the part after a fresh GUID; we add the part ourselves under a fixed name instead.
/// </summary>
internal static class DocxCoreProperties
{
    public static byte[] Build(DocumentMetadata m)
    {
        // Created and modified are the report date, not the clock, so reruns give identical bytes.
        // Without a report date there are none: never the clock, never an invented day.
        var stamp = m.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
        var keywords = m.Keywords.IsDefaultOrEmpty ? "" : string.Join("; ", m.Keywords);
        var xml =
            """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""" +
            """<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" """ +
            """xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" """ +
            """xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">""" +
            $"<dc:title>{Escape(m.Title)}</dc:title>" +
            $"<dc:subject>{Escape(m.Subject)}</dc:subject>" +
            $"<dc:creator>{Escape(m.Author)}</dc:creator>" +
            $"<cp:keywords>{Escape(keywords)}</cp:keywords>" +
            $"<dc:identifier>{Escape(m.Identifier)}</dc:identifier>" +
            $"<dc:language>{Escape(m.Language)}</dc:language>" +
            $"<cp:lastModifiedBy>{Escape(m.Author)}</cp:lastModifiedBy>" +
            (m.Date is null ? "" :
                $"""<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>""" +
                $"""<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>""") +
            "</cp:coreProperties>";
        return Encoding.UTF8.GetBytes(xml);
    }

    private static string Escape(string? s) => SecurityElement.Escape(XmlTextSanitizer.Clean(s ?? "")) ?? "";
}
