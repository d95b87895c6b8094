using System.Collections.Immutable;
using ReportGen.Documents.Document;

namespace ReportGen.Documents.Writers.Docx;

/// <summary>w:keepNext as the paragraph carries it: absent, on, or explicitly off (overriding the style).</summary>
internal enum KeepNext
{
    Unset,
    On,
    Off,
}

/// <summary>
/// w:pPr of one paragraph. Mutable until written: the body writer may still tie the last paragraph to
/// a signature (keepNext) or move a page break onto the next one (pageBreakBefore).
/// </summary>
internal sealed class DocxParagraphProperties(string? styleId, int? halfPoints = null)
{
    /// <summary>Null only for properties added to carry a page break (the style stays Normal).</summary>
    public string? StyleId { get; } = styleId;

    /// <summary>Set on the paragraph mark too, or an empty table cell would be one body line tall.</summary>
    public int? HalfPoints { get; } = halfPoints;

    public KeepNext KeepNext { get; set; }

    public bool PageBreakBefore { get; set; }

    /// <summary>Right indent in twips and in hundredths of a character (w:ind w:right, w:rightChars).</summary>
    public (int Twips, int Chars)? RightIndent { get; set; }

    /// <summary>w:jc value: left, center or right.</summary>
    public string? Justification { get; set; }

    /// <summary>Children in the schema's order (CT_PPr), which is the order Word and the SDK write them.</summary>
    public void Write(WordXml xml)
    {
        xml.Start("pPr");
        if (StyleId is not null) xml.Empty("pStyle", "val", StyleId);
        if (KeepNext == KeepNext.On) xml.Empty("keepNext");
        else if (KeepNext == KeepNext.Off) xml.Empty("keepNext", "val", "false");
        if (PageBreakBefore) xml.Empty("pageBreakBefore");
        if (RightIndent is { } indent)
        {
            xml.Start("ind");
            xml.Attribute("right", indent.Twips);
            xml.Attribute("rightChars", indent.Chars);
            xml.End();
        }
        if (Justification is { } jc) xml.Empty("jc", "val", jc);
        if (HalfPoints is { } size)
        {
            xml.Start("rPr");
            DocxRuns.WriteSize(xml, size);
            xml.End();
        }
        xml.End();
    }
}

/// <summary>
/// One w:p: its properties and what it holds — inlines, a plain text, or a drawing. A paragraph without
/// properties holding only a page break ends a document whose last block was a PageBreak.
/// </summary>
internal sealed class DocxParagraph
{
    private readonly ImmutableArray<Inline> _inlines;
    private readonly string? _text;
    private readonly IDocxDrawing? _drawing;
    private readonly bool _pageBreak;

    private DocxParagraph(DocxParagraphProperties? properties, ImmutableArray<Inline> inlines, string? text, IDocxDrawing? drawing, bool pageBreak)
    {
        Properties = properties;
        _inlines = inlines;
        _text = text;
        _drawing = drawing;
        _pageBreak = pageBreak;
    }

    public DocxParagraphProperties? Properties { get; private set; }

    public static DocxParagraph Of(string styleId, ImmutableArray<Inline> content, int? halfPoints = null) =>
        new(new DocxParagraphProperties(styleId, halfPoints), content, null, null, false);

    public static DocxParagraph Of(string styleId, string text, int? halfPoints = null) =>
        new(new DocxParagraphProperties(styleId, halfPoints), default, text, null, false);

    /// <summary>A paragraph with properties only (an empty line of the style).</summary>
    public static DocxParagraph Empty(string styleId) => new(new DocxParagraphProperties(styleId), default, null, null, false);

    public static DocxParagraph Of(string styleId, IDocxDrawing drawing) => new(new DocxParagraphProperties(styleId), default, null, drawing, false);

    /// <summary>A w:br w:type="page" in a paragraph of its own: the document ends with a page break.</summary>
    public static DocxParagraph PageBreak() => new(null, default, null, null, true);

    public void MarkPageBreak()
    {
        Properties ??= new DocxParagraphProperties(null);
        Properties.PageBreakBefore = true;
    }

    public void Write(WordXml xml)
    {
        xml.Start("p");
        Properties?.Write(xml);
        var size = Properties?.HalfPoints;
        if (!_inlines.IsDefault) DocxRuns.Write(xml, _inlines, size);
        else if (_text is not null) DocxRuns.WriteText(xml, _text, strong: false, size);
        else if (_drawing is not null)
        {
            xml.Start("r");
            xml.Start("drawing");
            _drawing.Write(xml);
            xml.End();
            xml.End();
        }
        else if (_pageBreak)
        {
            xml.Start("r");
            xml.Empty("br", "type", "page");
            xml.End();
        }
        xml.End();
    }
}
