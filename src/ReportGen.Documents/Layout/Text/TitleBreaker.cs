namespace ReportGen.Documents.Layout.Text;

/// <summary>
/// A title line too long for the block is split into two balanced, centred lines (GB/T 9704 asks
/// for a trapezoid or diamond, never a split word), preferring the boundary before 「政府信息公开」
/// or before the year over a mechanical first-fit break; longer titles fall back to first fit.
/// </summary>
public static class TitleBreaker
{
    private static readonly int[] ReportSubject = "政府信息公开".Select(c => (int)c).ToArray();

    public static List<TextLine> Layout(ShapedText text, double width)
    {
        var greedy = LineBreaker.Layout(text, width, 0, TextAlign.Center);
        if (greedy.Count != 2) return greedy;
        var cps = text.CodePoints;
        var total = 0.0;
        foreach (var a in text.Advances) total += a;
        var best = -1;
        var bestScore = double.MaxValue;
        var before = 0.0;
        for (var b = 1; b < cps.Length; b++)
        {
            before += text.Advances[b - 1];
            if (!LineBreakRules.CanBreakBetween(cps[b - 1], cps[b]) || before > width + 0.01 || total - before > width + 0.01) continue;
            var score = Math.Abs(before - (total - before));
            if (StartsWith(cps, b, ReportSubject)) score -= 4 * text.Size;
            else if (char.IsAsciiDigit((char)cps[b]) && !char.IsAsciiDigit((char)cps[b - 1])) score -= 2 * text.Size;
            if (score < bestScore)
            {
                bestScore = score;
                best = b;
            }
        }
        if (best < 0) return greedy;
        return
        [
            Centered(text, 0, best, width),
            Centered(text, best, cps.Length, width),
        ];
    }

    private static TextLine Centered(ShapedText text, int start, int end, double width)
    {
        var w = 0.0;
        for (var i = start; i < end; i++) w += text.Advances[i];
        var xs = new double[end - start];
        var x = (width - w) / 2;
        for (var i = start; i < end; i++)
        {
            xs[i - start] = x + text.DrawOffset(i);
            x += text.Advances[i];
        }
        return new TextLine(start, end, xs, w);
    }

    private static bool StartsWith(int[] cps, int at, int[] prefix)
    {
        if (at + prefix.Length > cps.Length) return false;
        for (var k = 0; k < prefix.Length; k++)
            if (cps[at + k] != prefix[k]) return false;
        return true;
    }
}
