using System.Buffers;

namespace ReportGen.Documents.Layout.Text;

/// <summary>
/// First-fit line breaking over the break opportunities of <see cref="LineBreakRules"/>, then
/// positioning: indent, alignment and justification. Trailing spaces hang outside the measure; a
/// closing mark at a line end is pulled in by tightening the line's gaps when it would not fit otherwise, and
/// justification never reopens a compressed punctuation pair (<see cref="PunctuationSpacing"/>).
/// </summary>
public static class LineBreaker
{
    private const double Epsilon = 0.01;

    public static List<TextLine> Layout(ShapedText text, double width, double firstIndent, TextAlign align)
    {
        using var prepared = Prepare(text);
        return prepared.Layout(width, firstIndent, align);
    }

    /// <summary>
    /// The text made ready for breaking at several widths (a table cell's balancing tries a dozen): where breaks may
    /// fall and the running widths are worked out once. Dispose it to return its scratch arrays.
    /// </summary>
    public static PreparedText Prepare(ShapedText text) => new(text);

    public sealed class PreparedText : IDisposable
    {
        private readonly ShapedText _text;
        // Rented: every paragraph and table cell made three arrays of its length here, a sixth of what laying out a
        // report allocated. They may be longer than the text and hold another text's values past its end.
        private bool[] _breakable;
        private double[] _prefix;
        private int[] _wordEnd;

        internal PreparedText(ShapedText text)
        {
            _text = text;
            var n = text.Length;
            _breakable = ArrayPool<bool>.Shared.Rent(n + 1);
            _prefix = ArrayPool<double>.Shared.Rent(n + 1);
            _wordEnd = ArrayPool<int>.Shared.Rent(n + 1);
            var cps = text.CodePoints;
            var adv = text.Advances;
            _breakable[0] = false;
            _breakable[n] = true;
            for (var i = 1; i < n; i++) _breakable[i] = text.CanBreakBefore(i);
            _prefix[0] = 0;
            for (var i = 0; i < n; i++) _prefix[i + 1] = _prefix[i] + (cps[i] == '\n' ? 0 : adv[i]);
            // Where the unbreakable unit starting at each position ends: one pass, so a 3 MB word is not rescanned for every line.
            _wordEnd[n] = n;
            for (var i = n - 1; i >= 0; i--) _wordEnd[i] = i + 1 < n && !_breakable[i + 1] ? _wordEnd[i + 1] : i + 1;
        }

        /// <summary>The lines at this width, positioned.</summary>
        public List<TextLine> Layout(double width, double firstIndent, TextAlign align)
        {
            var lines = new List<TextLine>();
            Break(_text, width, firstIndent, align, _breakable, _prefix, _wordEnd, lines);
            return lines;
        }

        /// <summary>How many lines <see cref="Layout"/> would give at this width, without positioning them.</summary>
        public int CountLines(double width, double firstIndent) => Break(_text, width, firstIndent, TextAlign.Left, _breakable, _prefix, _wordEnd, null);

        public void Dispose()
        {
            if (_breakable.Length == 0) return;
            ArrayPool<bool>.Shared.Return(_breakable);
            ArrayPool<double>.Shared.Return(_prefix);
            ArrayPool<int>.Shared.Return(_wordEnd);
            _breakable = [];
            _prefix = [];
            _wordEnd = [];
        }
    }

    /// <summary>
    /// First-fit breaking over prepared arrays; each line is positioned into <paramref name="lines"/> when given.
    /// Returns the number of lines, the same with or without positioning (alignment never moves a break).
    /// </summary>
    private static int Break(ShapedText text, double width, double firstIndent, TextAlign align,
        bool[] breakable, double[] prefix, int[] wordEnd, List<TextLine>? lines)
    {
        var n = text.Length;
        var cps = text.CodePoints;
        if (n == 0)
        {
            lines?.Add(new TextLine(0, 0, [], 0));
            return 1;
        }
        var count = 0;
        var start = 0;
        var indent = firstIndent;
        while (start < n)
        {
            var avail = width - indent;
            var best = -1;
            var forced = false;
            var lastInk = -1;
            for (var b = start + 1; b <= n; b++)
            {
                if (cps[b - 1] == '\n')
                {
                    // A forced break ends the line here whatever fits; the '\n' itself is dropped.
                    if (best < 0 || VisibleWidth(text, prefix, start, b - 1) <= avail + Epsilon) best = b;
                    forced = best == b;
                    break;
                }
                if (cps[b - 1] != ' ') lastInk = b - 1;
                // Nothing from here on can fit: the ink before the last visible character already overflows
                // (VisibleWidth never shrinks below it). Without this a long word was scanned to its end for every line.
                if (lastInk > start && prefix[lastInk] - prefix[start] > avail + Epsilon) break;
                if (!breakable[b]) continue;
                if (VisibleWidth(text, prefix, start, b) <= avail + Epsilon) best = b;
                else break;
            }
            if (best >= 0 && !forced && best < n && avail - VisibleWidth(text, prefix, start, best) > LooseLine * text.Size
                && prefix[wordEnd[best]] - prefix[best] > LongWord * text.Size)
                best = SoftBreak(text, prefix, start, best, avail);
            if (best < 0)
            {
                // Emergency: a single word wider than the line is cut where it overflows.
                best = start + 1;
                while (best < n && prefix[best + 1] - prefix[start] <= avail + Epsilon && cps[best] != '\n') best++;
            }
            var end = forced ? best - 1 : best;
            var isLast = forced || best >= n;
            lines?.Add(Position(text, start, end, width, indent, isLast ? LastLineAlign(align) : align, prefix));
            count++;
            start = best;
            while (start < n && cps[start] == ' ') start++;
            indent = 0;
            if (start >= n) break;
        }
        return count;
    }

    /// <summary>Stretch (in characters) beyond which a line breaks inside a following long word instead.</summary>
    private const double LooseLine = 3;

    /// <summary>Only words longer than this (in characters) are broken inside: "www.gov.cn" stays whole.</summary>
    private const double LongWord = 8;

    /// <summary>The furthest soft break (inside the word that did not fit) that still fits, else <paramref name="best"/>.</summary>
    private static int SoftBreak(ShapedText text, double[] prefix, int start, int best, double avail)
    {
        var cps = text.CodePoints;
        var found = best;
        for (var b = best + 1; b < cps.Length && VisibleWidth(text, prefix, start, b) <= avail + Epsilon; b++)
        {
            if (text.CanBreakBefore(b)) break;
            if (LineBreakRules.IsSoftBreak(cps[b - 1], cps[b], b + 1 < cps.Length ? cps[b + 1] : ' ')) found = b;
        }
        return found;
    }

    private static TextAlign LastLineAlign(TextAlign align) => align == TextAlign.Justify ? TextAlign.Left : align;

    /// <summary>Lines at least this long may absorb one final punctuation mark by tightening their gaps.</summary>
    private const int MinSqueezeLength = 10;

    /// <summary>
    /// Width that must fit the measure: trailing spaces hang, and on a long line a final full-width
    /// punctuation mark is free (its em is taken out of the gaps, about 0.1 em each at most).
    /// </summary>
    private static double VisibleWidth(ShapedText text, double[] prefix, int start, int end)
    {
        var cps = text.CodePoints;
        while (end > start && cps[end - 1] == ' ') end--;
        var width = LineExtent(text, prefix, start, end);
        if (end == start) return width;
        if (end - start > MinSqueezeLength && LineBreakRules.IsSqueezable(cps[end - 1])) width -= prefix[end] - prefix[end - 1] + EdgeRight(text, end);
        else width -= text.EndBlankAt(end - 1) + EdgeRight(text, end);
        return width;
    }

    /// <summary>
    /// Width of glyphs [start, end) as one line: a punctuation pair compressed across the line's edges
    /// (「，」 ending it, 「《」 starting the next) is not compressed, so each mark gets its full em box back.
    /// </summary>
    private static double LineExtent(ShapedText text, double[] prefix, int start, int end)
        => prefix[end] - prefix[start] + (end > start ? EdgeLeft(text, start) + EdgeRight(text, end) : 0);

    /// <summary>The blank a line's first glyph gets back when its compression partner ended the previous line.</summary>
    private static double EdgeLeft(ShapedText text, int start) => start > 0 ? text.LeftTrimAt(start) : 0;

    /// <summary>The blank a line's last visible glyph gets back when its compression partner starts the next line.</summary>
    private static double EdgeRight(ShapedText text, int end) => end > 0 && end < text.Length ? text.RightTrimAt(end - 1) : 0;

    private static TextLine Position(ShapedText text, int start, int end, double width, double indent, TextAlign align, double[] prefix)
    {
        var cps = text.CodePoints;
        var visibleEnd = end;
        while (visibleEnd > start && cps[visibleEnd - 1] == ' ') visibleEnd--;
        var natural = LineExtent(text, prefix, start, visibleEnd);
        var avail = width - indent;
        var x0 = indent;
        var gapExtra = 0.0;
        switch (align)
        {
            case TextAlign.Center: x0 += (avail - natural) / 2; break;
            case TextAlign.Right: x0 += avail - natural; break;
            case TextAlign.Justify:
                var gaps = CountGaps(text, start, visibleEnd);
                // Never stretch more than one character per gap: such a line reads better ragged.
                if (gaps > 0 && natural < avail) gapExtra = Math.Min((avail - natural) / gaps, text.Size);
                break;
        }
        if (natural > avail + Epsilon)
        {
            // The line fits only with its final punctuation pulled in (行尾标点压缩): the gaps tighten
            // (GB/T 9704: 调整字距) by the whole overflow, in any alignment, so the mark's em box — what a
            // reader's text extraction and an archive's geometry check measure, not only its ink — ends at
            // the measure. Only a line without a gap lets the mark's blank half stand past it.
            var gaps = CountGaps(text, start, visibleEnd);
            if (gaps > 0) gapExtra = (avail - natural) / gaps;
            else natural -= Math.Min(text.EndBlankAt(visibleEnd - 1), natural - avail);
            x0 = indent;
        }
        var xs = new double[end - start];
        var x = x0;
        for (var i = start; i < end; i++)
        {
            if (i > start && gapExtra != 0 && IsGap(text, i)) x += gapExtra;
            var edge = i == start ? EdgeLeft(text, start) : 0;
            xs[i - start] = x + (edge > 0 ? 0 : text.DrawOffset(i));
            x += text.Advances[i] + edge;
        }
        return new TextLine(start, end, xs, natural + gapExtra * CountGaps(text, start, visibleEnd));
    }

    /// <summary>A gap justification may stretch or tighten: a break opportunity that is not inside a compressed punctuation pair.</summary>
    private static bool IsGap(ShapedText text, int i)
        => LineBreakRules.CanBreakBetween(text.CodePoints[i - 1], text.CodePoints[i]) && !text.IsCompressedGap(i);

    private static int CountGaps(ShapedText text, int start, int end)
    {
        var gaps = 0;
        for (var i = start + 1; i < end; i++)
            if (IsGap(text, i)) gaps++;
        return gaps;
    }
}
