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
                if (KangxiRadicals.IsRadical(cp)) cp = KangxiRadicals.Normalize(cp);
                else if (cp is '\t' or '\r' || cp != 0x3000 && char.GetUnicodeCategory(text, i) == System.Globalization.UnicodeCategory.SpaceSeparator) cp = ' ';
                if (cp == '\n')
                {
                    cps[n] = cp;
                    fonts[n] = stack.Fonts.Count > 0 ? stack.Fonts[0] : null!;
                    n++;
                    continue;
                }
                if (cp < 0x20 || cp is >= 0xFE00 and <= 0xFE0F || cp == 0x200B || cp == 0xFEFF) continue;
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
}
