using System.Collections.Immutable;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Documents.Document;
using DocText = ReportGen.Documents.Document.Text;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace ReportGen.Documents.Writers.Docx;

/// <summary>Paragraphs and runs from model inlines; all formatting comes from styles except bold and table sizes.</summary>
internal static class DocxParagraphBuilder
{
    public static Paragraph Create(string styleId, ImmutableArray<Inline> content, int? halfPoints = null)
    {
        var paragraph = new Paragraph(CreateProperties(styleId, halfPoints));
        AppendRuns(paragraph, content, halfPoints);
        return paragraph;
    }

    public static Paragraph Create(string styleId, string text, int? halfPoints = null)
    {
        var paragraph = new Paragraph(CreateProperties(styleId, halfPoints));
        AppendText(paragraph, text, strong: false, halfPoints);
        return paragraph;
    }

    public static ParagraphProperties CreateProperties(string styleId, int? halfPoints = null)
    {
        var properties = new ParagraphProperties(new ParagraphStyleId { Val = styleId });
        // The paragraph mark gets the size too, or an empty table cell would be one body line tall.
        if (halfPoints is { } size)
            properties.ParagraphMarkRunProperties = new ParagraphMarkRunProperties(
                new FontSize { Val = Size(size) }, new FontSizeComplexScript { Val = Size(size) });
        return properties;
    }

    public static void AppendRuns(OpenXmlElement paragraph, ImmutableArray<Inline> content, int? halfPoints = null)
    {
        if (content.IsDefaultOrEmpty) return;
        foreach (var inline in content)
        {
            switch (inline)
            {
                case DocText text:
                    AppendText(paragraph, text.Value, text.Strong, halfPoints);
                    break;
                case LineBreak:
                    paragraph.AppendChild(new Run(new Break()));
                    break;
            }
        }
    }

    /// <summary>
    /// A newline inside a text value is treated like a LineBreak node (as HTML pre-wrap would show it),
    /// a tab becomes w:tab; characters XML cannot carry are dropped.
    /// </summary>
    private static void AppendText(OpenXmlElement paragraph, string value, bool strong, int? halfPoints)
    {
        if (string.IsNullOrEmpty(value)) return;
        value = XmlTextSanitizer.Clean(value);
        var run = new Run();
        var properties = CreateRunProperties(strong, halfPoints);
        if (properties is not null) run.AppendChild(properties);

        var start = 0;
        for (var i = 0; i <= value.Length; i++)
        {
            var ch = i < value.Length ? value[i] : '\0';
            if (i < value.Length && ch is not ('\n' or '\r' or '\t')) continue;
            if (i > start) run.AppendChild(new WText(value[start..i]) { Space = SpaceProcessingModeValues.Preserve });
            if (ch == '\n') run.AppendChild(new Break());
            else if (ch == '\t') run.AppendChild(new TabChar());
            start = i + 1; // '\r' is dropped: "\r\n" is one break
        }
        paragraph.AppendChild(run);
    }

    private static RunProperties? CreateRunProperties(bool strong, int? halfPoints)
    {
        if (!strong && halfPoints is null) return null;
        var properties = new RunProperties();
        if (strong)
        {
            properties.AppendChild(new Bold());
            properties.AppendChild(new BoldComplexScript());
        }
        if (halfPoints is { } size)
        {
            properties.AppendChild(new FontSize { Val = Size(size) });
            properties.AppendChild(new FontSizeComplexScript { Val = Size(size) });
        }
        return properties;
    }

    private static string Size(int halfPoints) => halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
