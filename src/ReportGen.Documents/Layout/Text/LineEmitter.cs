using ReportGen.Documents.Layout.Pages;

namespace ReportGen.Documents.Layout.Text;

/// <summary>Turns a positioned line into glyph runs, one per font and emphasis change.</summary>
public static class LineEmitter
{
    public static void Emit(List<FrameItem> items, ShapedText text, TextLine line, double left, double baseline, int structId)
    {
        var i = line.Start;
        while (i < line.End)
        {
            if (text.CodePoints[i] == ' ' || text.CodePoints[i] == '\n') { i++; continue; }
            var font = text.Fonts[i];
            var strong = text.Strong[i];
            var j = i + 1;
            while (j < line.End && text.Fonts[j] == font && text.Strong[j] == strong && text.CodePoints[j] != ' ' && text.CodePoints[j] != '\n') j++;
            var cps = new int[j - i];
            var xs = new double[j - i];
            for (var k = i; k < j; k++)
            {
                cps[k - i] = text.CodePoints[k];
                xs[k - i] = left + line.X[k - line.Start];
            }
            items.Add(new GlyphRun(font, text.Size, baseline, cps, xs) { StructId = structId, Strong = strong });
            i = j;
        }
    }
}
