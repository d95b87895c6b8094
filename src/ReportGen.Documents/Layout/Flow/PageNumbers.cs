using ReportGen.Documents.Layout.Pages;
using ReportGen.Documents.Layout.Text;

namespace ReportGen.Documents.Layout.Flow;

/// <summary>
/// "— n —" in 4号 宋体 (GB/T 9704 §7.5): the top of the line 7 mm below the block; odd pages
/// right-aligned one character in from the block's right edge, even pages one character in from the left.
/// </summary>
internal static class PageNumbers
{
    public static void Add(IReadOnlyList<PageFrame> pages, PageGeometry g, FontStack stack)
    {
        var style = new TextStyle(TextRole.PageNumber, g.PageNumberSize);
        var oneChar = g.PageNumberSize;
        foreach (var page in pages)
        {
            var text = TextShaper.Shape([new StyledSpan($"— {page.Number} —")], style, stack, null);
            var width = 0.0;
            foreach (var a in text.Advances) width += a;
            var x = page.Number % 2 == 1 ? g.Right - oneChar - width : g.Left + oneChar;
            var line = LineBreaker.Layout(text, width + 1, 0, TextAlign.Left)[0];
            LineEmitter.Emit(page.Items, text, line, x, g.Bottom + g.PageNumberGap + g.AscentEm * g.PageNumberSize, -1);
        }
    }
}
