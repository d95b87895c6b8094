using ReportGen.Documents.Document;

namespace ReportGen.Documents.Layout.Text;

/// <summary>
/// Places title lines centred. The model already broke them (<see cref="TitleLines"/>); a line that
/// the actual title font still sets wider than the block is broken here by the same rule, measured
/// in that font, so PDF never falls back to a break inside a word.
/// </summary>
public static class TitleBreaker
{
    public static List<TextLine> Layout(ShapedText text, double width)
    {
        var total = 0.0;
        foreach (var a in text.Advances) total += a;
        if (total <= width + 0.01) return [Centered(text, 0, text.Length, width)];
        var cps = text.CodePoints;
        if (Array.Exists(cps, c => c > 0xFFFF || c == '\n')) return LineBreaker.Layout(text, width, 0, TextAlign.Center);
        var line = new string(Array.ConvertAll(cps, c => (char)c));
        var pieces = TitleLines.Arrange([line], null, width / text.Size);
        if (string.Concat(pieces) != line) return LineBreaker.Layout(text, width, 0, TextAlign.Center);
        var lines = new List<TextLine>(pieces.Count);
        var start = 0;
        foreach (var piece in pieces)
        {
            var end = start + piece.Length;
            var w = 0.0;
            for (var i = start; i < end; i++) w += text.Advances[i];
            if (w > width + 0.01) return LineBreaker.Layout(text, width, 0, TextAlign.Center);
            lines.Add(Centered(text, start, end, width));
            start = end;
        }
        return lines;
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
}
