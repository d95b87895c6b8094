using System.Globalization;
using System.Text;
using ReportGen.Building;
using ReportGen.Documents.Diagnostics;
using ReportGen.Documents.Fonts;
using ReportGen.Documents.Layout.Text;
using ReportGen.Parsing;
using YamlDotNet.Core;

namespace ReportGen.Tests.Building;

/// <summary>
/// <c>check</c> must find every character <c>build</c> refuses (E0903), and nothing it draws: the glyph check and the
/// shaper fold and drop the same characters. The 10,000-input fuzz run found U+2028 and U+2029 passing check and
/// failing build without a position.
/// </summary>
public sealed class GlyphCheckTests
{
    private static readonly FontCatalog Fonts = new(new FontOptions { UseInstalledFonts = false });

    /// <summary>Every invisible or spacing code point of Unicode: controls, format characters (tags too), separators, selectors.</summary>
    private static IEnumerable<int> Invisible()
    {
        for (var cp = 0; cp <= 0x10FFFF; cp++)
        {
            if (!Rune.IsValid(cp)) continue;
            var category = Rune.GetUnicodeCategory(new Rune(cp));
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.SpaceSeparator
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator || cp is >= 0xFE00 and <= 0xFE0F || cp == 0xFFFD)
                yield return cp;
        }
    }

    [Fact]
    public void Check_refuses_exactly_what_the_shaper_cannot_draw()
    {
        var disagreements = new List<string>();
        var tried = 0;
        foreach (var codePoint in Invisible())
        {
            tried++;
            var text = "前" + char.ConvertFromUtf32(codePoint) + "后";
            var scalar = new YamlScalar(text, ScalarStyle.DoubleQuoted, new SourceSpan("data/x/2024.yaml", 3, 5));
            var found = new GlyphCheck(Fonts).Check(scalar).Count > 0;
            var refused = false;
            try
            {
                TextShaper.Shape([new StyledSpan(text)], new TextStyle(TextRole.Body, 16), Fonts.GetStack(TextRole.Body), null);
                TextShaper.Shape([new StyledSpan(text)], new TextStyle(TextRole.Table, 12), Fonts.GetStack(TextRole.Table), null);
            }
            catch (ReportGenException)
            {
                refused = true;
            }
            if (found != refused) disagreements.Add($"U+{codePoint:X4}: check {(found ? "refuses" : "accepts")}, build {(refused ? "refuses" : "draws")}");
        }
        Assert.True(tried > 150, $"only {tried} code points tried");
        Assert.Empty(disagreements);
    }

    [Theory]
    [InlineData(0x2028)]
    [InlineData(0x2029)]
    public void Line_and_paragraph_separators_break_the_line(int separator)
    {
        var text = TextShaper.Shape([new StyledSpan("一二" + (char)separator + "三")], new TextStyle(TextRole.Body, 10), Fonts.GetStack(TextRole.Body), null);
        var lines = LineBreaker.Layout(text, 1000, 0, TextAlign.Justify);
        Assert.Equal(2, lines.Count);
        Assert.Equal("三", string.Concat(text.CodePoints[lines[1].Start..lines[1].End].Select(c => (char)c)));
    }
}
