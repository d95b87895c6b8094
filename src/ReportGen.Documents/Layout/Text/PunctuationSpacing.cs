using System.Buffers;

namespace ReportGen.Documents.Layout.Text;

/// <summary>
/// Punctuation compression (标点挤压, clreq §3.1.6; JIS X 4051's adjacent punctuation): a full-width
/// mark is a glyph in one half of an em box and blank space in the other. Where two marks meet
/// (「》、《」, 「）。」, 「。”」) the blank between their inks shrinks by half an em — two marks of 2 em
/// take 1.5 em, the way CSS <c>text-spacing-trim: normal</c> sets them. Line edges follow the same
/// rule as CSS: an opening mark at a line start keeps its full width (the 28-character grid), a
/// closing mark at a line end may be pulled in by its blank half only when the line would not fit
/// otherwise — the line's gaps tighten for it, so its em box stays inside the measure.
/// The blanks are measured on the font's own glyphs, so a font that centres 「，」 loses nothing.
/// </summary>
public static class PunctuationSpacing
{
    /// <summary>Marks set in the left half of the em box in GB style (ink left, blank right).</summary>
    private const string LeftInk = "，。、；：！？）》」』】〕〉〗〙〛”’］｝｠";

    /// <summary>Marks set in the right half (blank left, ink right).</summary>
    private const string RightInk = "（《「『【〔〈〖〘〚“‘［｛｟";

    /// <summary>The most compression takes from one pair of facing blanks: half an em.</summary>
    public const double MaxTrimEm = 0.5;

    private const byte LeftInkFlag = 1, RightInkFlag = 2;

    // One lookup per character: every glyph of every paragraph is asked, and scanning the two strings was a visible cost.
    private static readonly byte[] Ink = BuildInk();

    private static byte[] BuildInk()
    {
        var table = new byte[0x10000];
        foreach (var c in LeftInk) table[c] |= LeftInkFlag;
        foreach (var c in RightInk) table[c] |= RightInkFlag;
        return table;
    }

    private static byte InkOf(int c) => (uint)c < 0x10000 ? Ink[c] : (byte)0;

    public static bool IsAdjustable(int c) => InkOf(c) != 0;

    /// <summary>The mainland GB positions, for fonts that cannot tell where their ink is.</summary>
    public static bool StandardInk(int codePoint, out double leftEm, out double rightEm)
    {
        var ink = InkOf(codePoint);
        if ((ink & LeftInkFlag) != 0) { (leftEm, rightEm) = (0.05, 0.45); return true; }
        if ((ink & RightInkFlag) != 0) { (leftEm, rightEm) = (0.55, 0.95); return true; }
        leftEm = rightEm = 0;
        return false;
    }

    /// <summary>Compresses adjacent marks in place and records each mark's blank that a line end may still remove.</summary>
    public static void Apply(ShapedText text)
    {
        var cps = text.CodePoints;
        var n = cps.Length;
        double[]? blankLeft = null, blankRight = null;
        for (var i = 0; i < n; i++)
        {
            if (!IsAdjustable(cps[i])) continue;
            var font = text.Fonts[i];
            // Half-width or proportional forms (a Latin-style quote) have no blank half to give.
            if (font is null || !font.TryGetAdvance(cps[i], out var advanceEm) || advanceEm < 0.9) continue;
            if (!font.TryGetPunctuationInk(cps[i], out var left, out var right)) continue;
            if (blankLeft is null)
            {
                // Needed only here, so rented (and cleared: a rented array holds the last user's values).
                blankLeft = ArrayPool<double>.Shared.Rent(n);
                Array.Clear(blankLeft, 0, n);
            }
            blankRight ??= new double[n];
            blankLeft[i] = Math.Clamp(left, 0, MaxTrimEm) * text.Size;
            blankRight[i] = Math.Clamp(advanceEm - right, 0, MaxTrimEm) * text.Size;
        }
        if (blankLeft is null || blankRight is null) return;
        try
        {
            Compress(text, blankLeft, blankRight);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(blankLeft);
        }
    }

    /// <summary>Takes the facing blanks out of each adjacent pair; what a line end may still remove stays in <paramref name="blankRight"/>.</summary>
    private static void Compress(ShapedText text, double[] blankLeft, double[] blankRight)
    {
        var cps = text.CodePoints;
        var n = cps.Length;
        var advances = text.Advances;
        double[]? leftTrim = null, rightTrim = null;
        bool[]? compressed = null;
        for (var i = 1; i < n; i++)
        {
            var between = blankRight[i - 1] + blankLeft[i];
            if (between <= 0 || !IsAdjustable(cps[i - 1]) || !IsAdjustable(cps[i])) continue;
            // Take from the first mark's trailing blank, then from the second's leading one: the
            // opening mark after a stop keeps its blank (「、《」 leaves half an em before 《).
            var take = Math.Min(MaxTrimEm * text.Size, between);
            var fromFirst = Math.Min(take, blankRight[i - 1]);
            var fromSecond = take - fromFirst;
            advances[i - 1] -= fromFirst;
            blankRight[i - 1] -= fromFirst;
            if (fromFirst > 0) (rightTrim ??= new double[n])[i - 1] += fromFirst;
            if (fromSecond > 0)
            {
                advances[i] -= fromSecond;
                blankLeft[i] -= fromSecond;
                (leftTrim ??= new double[n])[i] += fromSecond;
            }
            (compressed ??= new bool[n])[i] = true;
        }
        text.LeftTrim = leftTrim;
        text.RightTrim = rightTrim;
        text.Compressed = compressed;
        text.EndBlank = blankRight;
    }
}
