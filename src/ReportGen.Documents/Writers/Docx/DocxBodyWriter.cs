using ReportGen.Documents.Document;
using ModelParagraph = ReportGen.Documents.Document.Paragraph;
using ModelTable = ReportGen.Documents.Document.Table;

namespace ReportGen.Documents.Writers.Docx;

/// <summary>
/// Walks the blocks in order and writes their WordprocessingML into w:body. The last paragraph is held
/// back until the next block arrives: a signature still ties it to itself (keepNext), and nothing else
/// ever changes what has been written.
/// </summary>
internal sealed class DocxBodyWriter(WordXml xml, DocxBuildContext context)
{
    /// <summary>The last paragraph, not yet written; null after a table.</summary>
    private DocxParagraph? _pending;

    private bool _lastWasTable;

    /// <summary>
    /// A PageBreak becomes pageBreakBefore on the next paragraph rather than a paragraph holding a
    /// w:br, which would leave an empty line at the top of the new page and shift the 22-line grid.
    /// </summary>
    private bool _pageBreakPending;

    public void Write(ReportDocument document)
    {
        xml.Start("body");
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case Title title:
                    foreach (var line in title.Lines)
                        Append(DocxParagraph.Of(DocxStyleIds.Title, line));
                    break;
                case Heading heading:
                    Append(DocxParagraph.Of(DocxStyleIds.Heading(heading.Level), heading.Content));
                    break;
                case ModelParagraph paragraph:
                    Append(DocxParagraph.Of(StyleFor(paragraph.Kind), paragraph.Content));
                    break;
                case ModelTable table:
                    if (table.Caption is not null)
                        Append(DocxParagraph.Of(DocxStyleIds.TableCaption, table.Caption));
                    // Word reports a w:tbl without rows as unreadable content, though the schema allows it.
                    if (!table.HeaderRows.IsDefaultOrEmpty || !table.BodyRows.IsDefaultOrEmpty)
                        AppendTable(x => DocxTableWriter.Write(x, table));
                    break;
                case Figure figure:
                    DocxFigureWriter.Write(figure, context, this);
                    break;
                case SignatureBlock signature:
                    // Never leave the signature alone on a page (§7.3.5): tie it to the last text paragraph.
                    if (_pending?.Properties is { } last) last.KeepNext = KeepNext.On;
                    foreach (var line in DocxSignatureBuilder.Build(signature)) Append(line);
                    break;
                case PageBreak:
                    _pageBreakPending = true;
                    break;
            }
        }
        if (_pageBreakPending) Append(DocxParagraph.PageBreak(), markPageBreak: false);
        Flush();
        DocxPageSetup.WriteSectionProperties(xml);
        xml.End();
    }

    private static string StyleFor(ParagraphKind kind) => kind switch
    {
        ParagraphKind.Plain => DocxStyleIds.PlainText,
        ParagraphKind.Centered => DocxStyleIds.Centered,
        ParagraphKind.Right => DocxStyleIds.RightAligned,
        ParagraphKind.Note => DocxStyleIds.Note,
        _ => DocxStyleIds.BodyText,
    };

    public void Append(DocxParagraph paragraph) => Append(paragraph, markPageBreak: true);

    private void Append(DocxParagraph paragraph, bool markPageBreak)
    {
        if (markPageBreak && _pageBreakPending)
        {
            paragraph.MarkPageBreak();
            _pageBreakPending = false;
        }
        Flush();
        _pending = paragraph;
        _lastWasTable = false;
    }

    /// <summary>Writes a table (given as its writer) after what is pending.</summary>
    public void AppendTable(Action<WordXml> table)
    {
        // Word fuses adjacent tables into one; a page break cannot go on a table either.
        if (_lastWasTable || _pageBreakPending) Append(DocxParagraph.Empty(DocxStyleIds.PlainText));
        Flush();
        table(xml);
        _lastWasTable = true;
    }

    private void Flush()
    {
        _pending?.Write(xml);
        _pending = null;
    }
}
