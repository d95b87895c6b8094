using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Documents.Document;
using ModelParagraph = ReportGen.Documents.Document.Paragraph;
using ModelTable = ReportGen.Documents.Document.Table;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;

namespace ReportGen.Documents.Writers.Docx;

/// <summary>Walks the blocks in order and appends their WordprocessingML to the body.</summary>
internal sealed class DocxBodyBuilder(DocxBuildContext context)
{
    private readonly Body _body = new();

    /// <summary>
    /// A PageBreak becomes pageBreakBefore on the next paragraph rather than a paragraph holding a
    /// w:br, which would leave an empty line at the top of the new page and shift the 22-line grid.
    /// </summary>
    private bool _pageBreakPending;

    public Body Build(ReportDocument document)
    {
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case Title title:
                    foreach (var line in title.Lines)
                        Append(DocxParagraphBuilder.Create(DocxStyleIds.Title, line));
                    break;
                case Heading heading:
                    Append(DocxParagraphBuilder.Create(DocxStyleIds.Heading(heading.Level), heading.Content));
                    break;
                case ModelParagraph paragraph:
                    Append(DocxParagraphBuilder.Create(StyleFor(paragraph.Kind), paragraph.Content));
                    break;
                case ModelTable table:
                    if (table.Caption is not null)
                        Append(DocxParagraphBuilder.Create(DocxStyleIds.TableCaption, table.Caption));
                    // Word reports a w:tbl without rows as unreadable content, though the schema allows it.
                    if (!table.HeaderRows.IsDefaultOrEmpty || !table.BodyRows.IsDefaultOrEmpty)
                        Append(DocxTableBuilder.Build(table));
                    break;
                case Figure figure:
                    foreach (var element in DocxFigureBuilder.Build(figure, context)) Append(element);
                    break;
                case SignatureBlock signature:
                    // Never leave the signature alone on a page (§7.3.5): tie it to the last text paragraph.
                    if (_body.LastChild is Paragraph { ParagraphProperties: { } last })
                        last.KeepNext = new KeepNext();
                    foreach (var element in DocxSignatureBuilder.Build(signature)) Append(element);
                    break;
                case PageBreak:
                    _pageBreakPending = true;
                    break;
            }
        }
        if (_pageBreakPending)
            _body.AppendChild(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
        _body.AppendChild(DocxPageSetup.CreateSectionProperties());
        return _body;
    }

    private static string StyleFor(ParagraphKind kind) => kind switch
    {
        ParagraphKind.Plain => DocxStyleIds.PlainText,
        ParagraphKind.Centered => DocxStyleIds.Centered,
        ParagraphKind.Right => DocxStyleIds.RightAligned,
        ParagraphKind.Note => DocxStyleIds.Note,
        _ => DocxStyleIds.BodyText,
    };

    private void Append(OpenXmlElement element)
    {
        if (element is Table)
        {
            // Word fuses adjacent tables into one; a page break cannot go on a table either.
            if (_body.LastChild is Table || _pageBreakPending)
            {
                var separator = new Paragraph(DocxParagraphBuilder.CreateProperties(DocxStyleIds.PlainText));
                _body.AppendChild(separator);
                if (_pageBreakPending) MarkPageBreak(separator);
            }
        }
        else if (element is Paragraph paragraph && _pageBreakPending)
        {
            MarkPageBreak(paragraph);
        }
        _body.AppendChild(element);
    }

    private void MarkPageBreak(Paragraph paragraph)
    {
        paragraph.ParagraphProperties ??= new ParagraphProperties();
        paragraph.ParagraphProperties.PageBreakBefore = new PageBreakBefore();
        _pageBreakPending = false;
    }
}
