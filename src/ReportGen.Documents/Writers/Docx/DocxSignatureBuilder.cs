using ReportGen.Documents.Document;
using static ReportGen.Documents.Writers.Docx.DocxUnits;

namespace ReportGen.Documents.Writers.Docx;

/// <summary>
/// 发文机关署名 and 成文日期 without a seal (GB/T 9704 §7.3.5.2): one blank line below the text, the
/// signer right-indented two characters, the date on the next line starting two characters right of
/// the signer's first character; a date longer than that is itself indented two characters and the
/// signer moves left to keep the offset.
/// </summary>
internal static class DocxSignatureBuilder
{
    public static List<DocxParagraph> Build(SignatureBlock block)
    {
        var signers = block.Signers.IsDefaultOrEmpty ? [] : block.Signers.Where(s => !string.IsNullOrWhiteSpace(s)).ToArray();
        var signerWidth = signers.Length == 0 ? 0 : signers.Max(CharacterWidth);
        var dateWidth = string.IsNullOrWhiteSpace(block.DateText) ? 0 : CharacterWidth(block.DateText);

        // Right indents in characters: signer start = date start − 2 characters.
        var signerIndent = 2.0;
        var dateIndent = signerIndent + signerWidth - dateWidth - 2;
        if (signers.Length > 0 && dateWidth > 0 && dateIndent < 2)
        {
            dateIndent = 2;
            signerIndent = dateIndent + dateWidth + 2 - signerWidth;
        }
        if (signers.Length == 0) dateIndent = 2;

        var lines = new List<DocxParagraph> { BlankLine() };
        foreach (var signer in signers) lines.Add(Line(signer, signerIndent, signerWidth - CharacterWidth(signer)));
        if (dateWidth > 0) lines.Add(Line(block.DateText!, dateIndent, 0));
        // The style keeps each line with the next; the last one must not pull whatever follows.
        lines[^1].Properties!.KeepNext = KeepNext.Off;
        return lines;
    }

    /// <summary>正文下空一行: an empty line of the body pitch, kept with the signature below it.</summary>
    private static DocxParagraph BlankLine() => DocxParagraph.Empty(DocxStyleIds.Signature);

    /// <param name="extraIndent">Shorter co-signers are right-indented further so that all start in one column.</param>
    private static DocxParagraph Line(string text, double indentChars, double extraIndent)
    {
        var paragraph = DocxParagraph.Of(DocxStyleIds.Signature, text);
        var chars = indentChars + extraIndent;
        paragraph.Properties!.RightIndent = ((int)Math.Round(chars * CharWidth), (int)Math.Round(chars * 100));
        return paragraph;
    }

    /// <summary>Width in full-width characters: ASCII digits and letters are half-width.</summary>
    internal static double CharacterWidth(string text)
    {
        double width = 0;
        foreach (var ch in text) width += ch < 0x2E80 ? 0.5 : 1;
        return width;
    }
}
