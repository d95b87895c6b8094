namespace ReportGen.Documents.Layout.Charts;

/// <summary>
/// Width estimates for laying out labels without a font at hand (SVG is measured by the browser,
/// later). CJK and full-width forms take a full em; Latin and digits about half of one, which is
/// what 仿宋 and its fallbacks give for figures.
/// </summary>
internal static class ChartTextMetrics
{
    public static double Width(string text, double size)
    {
        double em = 0;
        foreach (var c in text) em += c < 0x2E80 ? 0.55 : 1.0;
        return em * size;
    }

    /// <summary>
    /// At most two lines: a label too wide for its slot breaks before a parenthesised unit
    /// (「政策解读稿件（篇）」) or else in the middle.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, double size, double width)
    {
        if (Width(text, size) <= width || text.Length < 2) return [text];
        var at = text.IndexOfAny(['（', '(']);
        if (at <= 0) at = (text.Length + 1) / 2;
        return [text[..at], text[at..]];
    }
}
