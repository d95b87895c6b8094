using System.Collections.Immutable;
using ReportGen.Documents.Document;
using DocText = ReportGen.Documents.Document.Text;

namespace ReportGen.Documents.Writers.Docx;

/// <summary>Runs (w:r) from model inlines; all formatting comes from styles except bold and table sizes.</summary>
internal static class DocxRuns
{
    public static void Write(WordXml xml, ImmutableArray<Inline> content, int? halfPoints)
    {
        if (content.IsDefaultOrEmpty) return;
        foreach (var inline in content)
        {
            switch (inline)
            {
                case DocText text:
                    WriteText(xml, text.Value, text.Strong, halfPoints);
                    break;
                case LineBreak:
                    xml.Start("r");
                    xml.Empty("br");
                    xml.End();
                    break;
            }
        }
    }

    /// <summary>
    /// A newline inside a text value is treated like a LineBreak node (as HTML pre-wrap would show it),
    /// a tab becomes w:tab; characters XML cannot carry are dropped.
    /// </summary>
    public static void WriteText(WordXml xml, string value, bool strong, int? halfPoints)
    {
        if (string.IsNullOrEmpty(value)) return;
        value = XmlTextSanitizer.Clean(value);
        xml.Start("r");
        if (strong || halfPoints is not null)
        {
            xml.Start("rPr");
            if (strong)
            {
                xml.Empty("b");
                xml.Empty("bCs");
            }
            if (halfPoints is { } size) WriteSize(xml, size);
            xml.End();
        }

        var start = 0;
        for (var i = 0; i <= value.Length; i++)
        {
            var ch = i < value.Length ? value[i] : '\0';
            if (i < value.Length && ch is not ('\n' or '\r' or '\t')) continue;
            if (i > start) xml.Text(start == 0 && i == value.Length ? value : value[start..i]);
            if (ch == '\n') xml.Empty("br");
            else if (ch == '\t') xml.Empty("tab");
            start = i + 1; // '\r' is dropped: "\r\n" is one break
        }
        xml.End();
    }

    /// <summary>w:sz and w:szCs: the size for East Asian and Latin text alike.</summary>
    public static void WriteSize(WordXml xml, int halfPoints)
    {
        xml.Empty("sz", "val", halfPoints);
        xml.Empty("szCs", "val", halfPoints);
    }
}
