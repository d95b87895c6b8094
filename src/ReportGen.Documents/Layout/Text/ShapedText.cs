namespace ReportGen.Documents.Layout.Text;

/// <summary>
/// A paragraph's text resolved to fonts: one entry per code point (CJK needs no shaping), with the
/// advance in points at the run's size, tracking and punctuation compression included. Parallel
/// arrays keep layout allocation-light.
/// </summary>
public sealed class ShapedText(int[] codePoints, ILayoutFont[] fonts, double[] advances, bool[] strong, double size)
{
    public int[] CodePoints { get; } = codePoints;
    public ILayoutFont[] Fonts { get; } = fonts;
    public double[] Advances { get; } = advances;
    public bool[] Strong { get; } = strong;
    public double Size { get; } = size;
    public int Length => CodePoints.Length;

    /// <summary>
    /// Per glyph, the blank removed from its left side by punctuation compression (an opening mark
    /// after another mark): the glyph is drawn that far left of its pen position. Null when nothing
    /// was compressed.
    /// </summary>
    public double[]? LeftTrim { get; internal set; }

    /// <summary>
    /// Per glyph, the blank removed from its right side by compression with the next mark (「，」 before
    /// 「《」). A line that breaks between the two gives both their full widths back: a pair compresses
    /// only where both marks stand on the same line. Null when nothing was compressed.
    /// </summary>
    public double[]? RightTrim { get; internal set; }

    /// <summary>
    /// Per glyph, the blank on its right that may still be removed when it ends a line that would not
    /// fit otherwise (行尾标点压缩). Null when the text has no such punctuation.
    /// </summary>
    public double[]? EndBlank { get; internal set; }

    /// <summary>True between two marks whose facing blanks were compressed: justification leaves that gap alone.</summary>
    public bool[]? Compressed { get; internal set; }

    /// <summary>
    /// Further restricts where lines may break (<c>BreakMask[i]</c> allows a break before glyph i):
    /// table labels break only between words (<see cref="LabelBreaks"/>). Null means no restriction.
    /// </summary>
    public bool[]? BreakMask { get; set; }

    /// <summary>May a line break fall before glyph <paramref name="index"/>? Kinsoku and the mask together.</summary>
    public bool CanBreakBefore(int index)
        => LineBreakRules.CanBreakBetween(CodePoints[index - 1], CodePoints[index]) && (BreakMask is not { } m || m[index]);

    public double DrawOffset(int index) => LeftTrim is { } t ? -t[index] : 0;

    public double EndBlankAt(int index) => EndBlank is { } b ? b[index] : 0;

    public double LeftTrimAt(int index) => LeftTrim is { } t ? t[index] : 0;

    public double RightTrimAt(int index) => RightTrim is { } t ? t[index] : 0;

    /// <summary>Whether the gap before glyph <paramref name="index"/> belongs to a compressed punctuation pair.</summary>
    public bool IsCompressedGap(int index) => Compressed is { } c && c[index];
}
