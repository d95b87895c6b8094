using System.Text;
using static ReportGen.Documents.Writers.Docx.DocxUnits;

namespace ReportGen.Documents.Writers.Docx;

/// <summary>
/// The styles part. It never depends on the document, so it is built once per process and fed to
/// every package as bytes; thousands of reports per batch then cost nothing here.
/// </summary>
internal static class DocxStyles
{
    public static readonly byte[] Xml = Encoding.UTF8.GetBytes(Build());

    private static string Build()
    {
        var sb = new StringBuilder(8192);
        sb.Append("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""");
        sb.Append("""<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">""");

        sb.Append("<w:docDefaults><w:rPrDefault><w:rPr>")
          .Append(DocxFonts.RunFonts(DocxFonts.FangSong))
          .Append($"""<w:sz w:val="{BodyHalfPoints}"/><w:szCs w:val="{BodyHalfPoints}"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>""")
          .Append("</w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>");

        // Normal carries the 28.95 pt exact pitch as well as the document grid: LibreOffice and
        // older viewers ignore the grid but honour exact spacing, so both give 22 lines a page.
        // Widow control is off because the standard wants every page filled (撑满版心). Automatic
        // CJK/Latin spacing is off so that half-width digits are exactly half a character, which keeps
        // the 28-character lines regular and lets the signature block compute its indents. Kinsoku
        // (避头尾) stays on; punctuation never hangs outside the block (overflowPunct off), because the
        // PDF squeezes a line-end mark in rather than letting it hang.
        sb.Append("""<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>""")
          .Append($"""<w:pPr><w:widowControl w:val="0"/><w:overflowPunct w:val="0"/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/><w:spacing w:before="0" w:after="0" w:line="{LinePitch}" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr>""")
          .Append("<w:rPr>").Append(DocxFonts.RunFonts(DocxFonts.FangSong))
          .Append($"""<w:spacing w:val="{BodyTrackingTwips}"/><w:sz w:val="{BodyHalfPoints}"/><w:szCs w:val="{BodyHalfPoints}"/></w:rPr></w:style>""");
        sb.Append("""<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>""");
        sb.Append("""<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>""")
          .Append("""<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>""");

        // Snap-to-grid is off wherever the size is not 16 pt: on a 15.79 pt character grid a 22 pt
        // title glyph would take two cells and a 10.5 pt table glyph a whole one.
        ParagraphStyle(sb, DocxStyleIds.Title, "标题",
            "<w:keepNext/><w:keepLines/><w:snapToGrid w:val=\"0\"/><w:spacing w:line=\"700\" w:lineRule=\"exact\"/><w:jc w:val=\"center\"/>",
            Fonts(DocxFonts.XiaoBiaoSong, TitleHalfPoints), next: DocxStyleIds.Centered);
        ParagraphStyle(sb, DocxStyleIds.BodyText, "报告正文", FirstLineIndentTwoChars(), "");
        ParagraphStyle(sb, DocxStyleIds.PlainText, "无缩进文字", "<w:jc w:val=\"left\"/>", "");
        ParagraphStyle(sb, DocxStyleIds.Centered, "居中文字", "<w:jc w:val=\"center\"/>", "");
        ParagraphStyle(sb, DocxStyleIds.RightAligned, "右对齐文字", "<w:jc w:val=\"right\"/>", "");
        ParagraphStyle(sb, DocxStyleIds.Note, "注释文字",
            $"<w:snapToGrid w:val=\"0\"/><w:spacing w:line=\"400\" w:lineRule=\"exact\"/><w:ind w:firstLineChars=\"200\" w:firstLine=\"{2 * NoteHalfPoints * 10}\"/>",
            Fonts(DocxFonts.FangSong, NoteHalfPoints));

        string[] headingFaces = [DocxFonts.HeiTi, DocxFonts.KaiTi, DocxFonts.FangSong, DocxFonts.FangSong];
        for (var level = 1; level <= 4; level++)
        {
            ParagraphStyle(sb, DocxStyleIds.Heading(level), $"标题 {level}",
                $"<w:keepNext/><w:keepLines/>{FirstLineIndentTwoChars()}<w:outlineLvl w:val=\"{level - 1}\"/>",
                Fonts(headingFaces[level - 1], BodyHalfPoints), next: DocxStyleIds.BodyText, uiPriority: 9);
        }

        ParagraphStyle(sb, DocxStyleIds.TableText, "表格文字",
            "<w:widowControl w:val=\"0\"/><w:snapToGrid w:val=\"0\"/><w:spacing w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"center\"/>",
            Fonts(DocxFonts.FangSong, 24));
        ParagraphStyle(sb, DocxStyleIds.TableCaption, "表题",
            "<w:keepNext/><w:keepLines/><w:snapToGrid w:val=\"0\"/><w:jc w:val=\"center\"/>",
            Fonts(DocxFonts.HeiTi, PageNumberHalfPoints));
        ParagraphStyle(sb, DocxStyleIds.FigureCaption, "图题",
            "<w:keepLines/><w:snapToGrid w:val=\"0\"/><w:jc w:val=\"center\"/>",
            Fonts(DocxFonts.HeiTi, PageNumberHalfPoints));
        // Pictures sit in an auto-height line: an exact 28.95 pt line would clip them to a strip.
        ParagraphStyle(sb, DocxStyleIds.FigureBody, "图片",
            "<w:keepNext/><w:keepLines/><w:snapToGrid w:val=\"0\"/><w:spacing w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"center\"/>", "");
        ParagraphStyle(sb, DocxStyleIds.Signature, "署名",
            "<w:keepNext/><w:keepLines/><w:jc w:val=\"right\"/>", "");
        ParagraphStyle(sb, DocxStyleIds.Footer, "页脚",
            $"<w:snapToGrid w:val=\"0\"/><w:spacing w:line=\"{PageNumberHalfPoints * 10}\" w:lineRule=\"exact\"/>",
            Fonts(DocxFonts.SongTi, PageNumberHalfPoints));

        // Narrow side margins (1 mm) let ten columns of 五号 fit; 0.5 mm above and below keeps rows from touching the rules.
        sb.Append("""<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="网格型"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/>""")
          .Append("<w:tblPr><w:tblBorders>");
        foreach (var edge in new[] { "top", "left", "bottom", "right", "insideH", "insideV" })
            sb.Append($"""<w:{edge} w:val="single" w:sz="{TableBorderEighths}" w:space="0" w:color="000000"/>""");
        sb.Append("""</w:tblBorders><w:tblCellMar><w:top w:w="28" w:type="dxa"/><w:left w:w="57" w:type="dxa"/><w:bottom w:w="28" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>""");

        sb.Append("</w:styles>");
        return sb.ToString();
    }

    private static string FirstLineIndentTwoChars() =>
        $"<w:ind w:firstLineChars=\"200\" w:firstLine=\"{2 * CharWidth}\"/>";

    private static string Fonts(string face, int halfPoints) =>
        $"{DocxFonts.RunFonts(face)}<w:sz w:val=\"{halfPoints}\"/><w:szCs w:val=\"{halfPoints}\"/>";

    /// <remarks>pPr fragments must already be in schema order (keepNext … jc … outlineLvl).</remarks>
    private static void ParagraphStyle(StringBuilder sb, string id, string name, string pPr, string rPr,
        string? next = null, int? uiPriority = null)
    {
        sb.Append($"""<w:style w:type="paragraph" w:customStyle="{(IsBuiltIn(id) ? "0" : "1")}" w:styleId="{id}"><w:name w:val="{name}"/><w:basedOn w:val="Normal"/>""");
        if (next is not null) sb.Append($"""<w:next w:val="{next}"/>""");
        if (uiPriority is { } p) sb.Append($"""<w:uiPriority w:val="{p}"/>""");
        sb.Append("<w:qFormat/>");
        if (pPr.Length > 0) sb.Append("<w:pPr>").Append(pPr).Append("</w:pPr>");
        if (rPr.Length > 0) sb.Append("<w:rPr>").Append(rPr).Append("</w:rPr>");
        sb.Append("</w:style>");
    }

    private static bool IsBuiltIn(string id) => id.StartsWith("Heading", StringComparison.Ordinal)
        || id is DocxStyleIds.Title or DocxStyleIds.BodyText or DocxStyleIds.Footer or DocxStyleIds.Signature;
}
