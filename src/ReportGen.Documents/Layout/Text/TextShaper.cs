using System.Globalization;
using System.Text;
using ReportGen.Documents.Diagnostics;

namespace ReportGen.Documents.Layout.Text;

/// <summary>
/// Maps text to fonts of the role's chain, one glyph per code point, then compresses adjacent
/// punctuation (<see cref="PunctuationSpacing"/>). Kangxi radicals are folded to the unified
/// ideographs first (NFKC) because they look identical but extract as different text.
/// </summary>
public static class TextShaper
{
    public static ShapedText Shape(IReadOnlyList<StyledSpan> spans, TextStyle style, FontStack stack, SourceSpan? source)
    {
        var total = 0;
        foreach (var s in spans) total += s.Text.Length;
        var cps = new int[total];
        var fonts = new ILayoutFont[total];
        var advances = new double[total];
        var strong = new bool[total];
        var n = 0;
        foreach (var span in spans)
        {
            var text = span.Text;
            for (var i = 0; i < text.Length; i++)
            {
                int cp = text[i];
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    cp = char.ConvertToUtf32(text[i], text[i + 1]);
                    i++;
                }
                cp = Fold(cp);
                if (cp == '\n')
                {
                    cps[n] = cp;
                    fonts[n] = stack.Fonts.Count > 0 ? stack.Fonts[0] : null!;
                    n++;
                    continue;
                }
                if (IsDropped(cp)) continue;
                if (!stack.TryResolve(cp, out var font, out var em))
                {
                    // Spaces are never drawn (runs skip them), so a font without one is no error.
                    if (cp != ' ' || stack.Fonts.Count == 0) throw MissingGlyphError.Create(cp, source, style.Role, stack);
                    font = stack.Fonts[0];
                    em = 0.25;
                }
                cps[n] = cp;
                fonts[n] = font;
                advances[n] = em * style.Size + style.Tracking;
                strong[n] = span.Strong;
                n++;
            }
        }
        if (n != total)
        {
            Array.Resize(ref cps, n);
            Array.Resize(ref fonts, n);
            Array.Resize(ref advances, n);
            Array.Resize(ref strong, n);
        }
        var shaped = new ShapedText(cps, fonts, advances, strong, style.Size);
        PunctuationSpacing.Apply(shaped);
        return shaped;
    }

    /// <summary>
    /// What a character becomes before a font is looked for: Kangxi radicals the unified ideographs, the line and
    /// paragraph separators (U+2028, U+2029) a line break, tabs, carriage returns and other spaces (not the
    /// ideographic space) a space. <c>GlyphCheck</c> folds the same way, so <c>check</c> and <c>build</c> agree.
    /// </summary>
    public static int Fold(int cp)
    {
        if (KangxiRadicals.IsRadical(cp)) return KangxiRadicals.Normalize(cp);
        if (cp is 0x2028 or 0x2029) return '\n';
        if (cp is '\t' or '\r') return ' ';
        if (cp < 0x10000 && cp != 0x3000 && char.GetUnicodeCategory((char)cp) == UnicodeCategory.SpaceSeparator) return ' ';
        return cp;
    }

    /// <summary>
    /// Characters that are never drawn (after <see cref="Fold"/>): controls, variation selectors and format
    /// characters — bidi marks and isolates, zero-width space and joiners, the byte-order mark, the soft hyphen.
    /// </summary>
    public static bool IsDropped(int cp)
    {
        if (cp < 0x20) return cp != '\n';
        if (cp is >= 0xFE00 and <= 0xFE0F) return true;
        // No format or control character lies in the CJK blocks: skip the lookup for the text that matters.
        if (cp is >= 0x3000 and < 0xFE00) return false;
        return Rune.IsValid(cp) && Rune.GetUnicodeCategory(new Rune(cp)) is UnicodeCategory.Format or UnicodeCategory.Control;
    }
}
