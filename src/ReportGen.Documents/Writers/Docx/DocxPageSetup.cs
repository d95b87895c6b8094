using System.Text;
using static ReportGen.Documents.Writers.Docx.DocxUnits;

namespace ReportGen.Documents.Writers.Docx;

/// <summary>Section properties (A4, GB/T 9704 margins, 22 × 28 grid) and the two page-number footers.</summary>
internal static class DocxPageSetup
{
    public const string OddFooterId = "rIdFooterOdd";
    public const string EvenFooterId = "rIdFooterEven";

    /// <summary>
    /// The top of the "— n —" line sits 7 mm below the text block, i.e. 28 mm above the paper edge;
    /// the footer line is exactly one 14 pt line high, so its bottom is 28 mm − 14 pt from the edge.
    /// </summary>
    public const int FooterDistance = 1587 - PageNumberHalfPoints * 10;

    public static readonly byte[] OddFooterXml = Encoding.UTF8.GetBytes(FooterXml(odd: true));
    public static readonly byte[] EvenFooterXml = Encoding.UTF8.GetBytes(FooterXml(odd: false));

    public static void WriteSectionProperties(WordXml xml)
    {
        xml.Start("sectPr");
        FooterReference(xml, "default", OddFooterId);
        FooterReference(xml, "even", EvenFooterId);
        xml.Start("pgSz");
        xml.Attribute("w", PageWidth);
        xml.Attribute("h", PageHeight);
        xml.End();
        xml.Start("pgMar");
        xml.Attribute("top", MarginTop);
        xml.Attribute("right", MarginRight);
        xml.Attribute("bottom", MarginBottom);
        xml.Attribute("left", MarginLeft);
        xml.Attribute("header", 851);
        xml.Attribute("footer", FooterDistance);
        xml.Attribute("gutter", 0);
        xml.End();
        xml.Empty("pgNumType", "start", 1);
        xml.Empty("cols", "space", "425");
        // A line grid only: LibreOffice gives a 16 pt character two cells of a 15.79 pt character grid
        // (14 characters a line), so the 28-character line comes from tracking in the Normal style instead.
        xml.Start("docGrid");
        xml.Attribute("type", "lines");
        xml.Attribute("linePitch", LinePitch);
        xml.End();
        xml.End();
    }

    private static void FooterReference(WordXml xml, string type, string id)
    {
        xml.Start("footerReference");
        xml.Attribute("type", type);
        xml.Relationship("id", id);
        xml.End();
    }

    /// <summary>
    /// 单页码居右空一字，双页码居左空一字 (§7.5): the "one character" is one em of the 14 pt number text.
    /// The PAGE field keeps a cached "1" so viewers that do not update fields still show a number.
    /// </summary>
    private static string FooterXml(bool odd)
    {
        var indent = odd ? $"<w:ind w:right=\"{PageNumberHalfPoints * 10}\"/><w:jc w:val=\"right\"/>"
                         : $"<w:ind w:left=\"{PageNumberHalfPoints * 10}\"/><w:jc w:val=\"left\"/>";
        const string rPr = "<w:rPr><w:rFonts w:hint=\"eastAsia\"/></w:rPr>";
        return """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""" +
               """<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">""" +
               $"""<w:p><w:pPr><w:pStyle w:val="{DocxStyleIds.Footer}"/>{indent}</w:pPr>""" +
               $"""<w:r>{rPr}<w:t xml:space="preserve">— </w:t></w:r>""" +
               $"""<w:r>{rPr}<w:fldChar w:fldCharType="begin"/></w:r>""" +
               $"""<w:r>{rPr}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>""" +
               $"""<w:r>{rPr}<w:fldChar w:fldCharType="separate"/></w:r>""" +
               $"""<w:r>{rPr}<w:t>1</w:t></w:r>""" +
               $"""<w:r>{rPr}<w:fldChar w:fldCharType="end"/></w:r>""" +
               $"""<w:r>{rPr}<w:t xml:space="preserve"> —</w:t></w:r>""" +
               """</w:p></w:ftr>""";
    }
}
