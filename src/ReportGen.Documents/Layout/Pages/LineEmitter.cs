using ReportGen.Documents.Layout.Text;

namespace ReportGen.Documents.Layout.Pages;

/// <summary>Turns a positioned line into glyph runs, one per font and emphasis change.</summary>
public static class LineEmitter
{
    public static void Emit(List<FrameItem> items, ShapedText text, TextLine line, double left, double baseline, int structId,
        IReadOnlyList<(int Start, int End, int StructId)>? overrides = null)
    {
        // Spaces inside the line are drawn (when the font has one) so extracted Latin text keeps its
        // word breaks; spaces at the line end and forced breaks are not.
        var end = line.End;
        while (end > line.Start && (text.CodePoints[end - 1] is ' ' or '\n')) end--;
        var i = line.Start;
        while (i < end)
        {
            if (Skip(text, i)) { i++; continue; }
            var font = text.Fonts[i];
            var strong = text.Strong[i];
            var id = StructAt(i, structId, overrides);
            var j = i + 1;
            while (j < end && text.Fonts[j] == font && text.Strong[j] == strong && !Skip(text, j)
                   && StructAt(j, structId, overrides) == id) j++;
            var cps = new int[j - i];
            var xs = new double[j - i];
            for (var k = i; k < j; k++)
            {
                cps[k - i] = text.CodePoints[k];
                xs[k - i] = left + line.X[k - line.Start];
            }
            items.Add(new GlyphRun(font, text.Size, baseline, cps, xs) { StructId = id, Strong = strong });
            i = j;
        }
    }

    private static bool Skip(ShapedText text, int i)
        => text.CodePoints[i] == '\n' || text.CodePoints[i] == ' ' && !text.Fonts[i].TryGetAdvance(' ', out _);

    /// <summary>The structure node of glyph <paramref name="index"/>: a link inside the paragraph, else the paragraph.</summary>
    private static int StructAt(int index, int structId, IReadOnlyList<(int Start, int End, int StructId)>? overrides)
    {
        if (overrides is null) return structId;
        foreach (var (start, end, id) in overrides)
            if (index >= start && index < end) return id;
        return structId;
    }
}
