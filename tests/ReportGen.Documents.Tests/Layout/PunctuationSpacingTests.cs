using ReportGen.Documents.Layout.Text;

namespace ReportGen.Documents.Tests.Layout;

/// <summary>标点挤压 (clreq §3.1.6) on the fake font, whose marks sit in GB positions: ink in one half of a 10 pt em.</summary>
public class PunctuationSpacingTests
{
    private static readonly FontStack Stack = new([new FixedFont()]);

    private static (ShapedText Text, List<TextLine> Lines) Lay(string s, double chars, TextAlign align = TextAlign.Justify)
    {
        var text = TextShaper.Shape([new StyledSpan(s)], new TextStyle(TextRole.Body, 10), Stack, null);
        return (text, LineBreaker.Layout(text, chars * 10, 0, align));
    }

    /// <summary>
    /// The nominal ink half of glyph <paramref name="i"/>: a GB mark is drawn in the left half of its em
    /// box (「》，。」) or the right half (「《“」); the blank between two such halves is the gap a reader sees.
    /// </summary>
    private static (double Left, double Right) Ink(ShapedText text, TextLine line, int i)
    {
        var x = line.X[i - line.Start];
        Assert.True(PunctuationSpacing.StandardInk(text.CodePoints[i], out var l, out _));
        return l < 0.5 ? (x, x + 5) : (x + 5, x + 10);
    }

    [Theory]
    [InlineData("见《条例》《规定》。", '》', '《')]
    [InlineData("见《条例》、《规定》。", '、', '《')]
    [InlineData("一（二）。三", '）', '。')]
    [InlineData("他说“好。”三", '。', '”')]
    public void Adjacent_marks_leave_at_most_half_an_em_between_their_inks(string s, char first, char second)
    {
        var (text, lines) = Lay(s, 40, TextAlign.Left);
        var i = s.IndexOf(first);
        Assert.Equal(second, s[i + 1]);
        var gap = Ink(text, lines[0], i + 1).Left - Ink(text, lines[0], i).Right;
        Assert.InRange(gap, 0, 5 + 0.01);
    }

    [Fact]
    public void Three_marks_in_a_row_take_two_ems_and_a_justified_line_does_not_reopen_them()
    {
        // 「》、《」 is 3 em set solid and 2 em compressed; the line below is justified to a wider measure.
        var (text, lines) = Lay("甲《乙》、《丙》丁戊己庚辛壬癸子丑寅卯辰", 14.3);
        var line = lines[0];
        var close = "甲《乙》、《丙》丁戊己庚辛".IndexOf('》');
        Assert.Equal(20, text.Advances[close] + text.Advances[close + 1] + text.Advances[close + 2], 3);
        Assert.Equal(10, line.X[close + 2 - line.Start] - line.X[close - line.Start], 3);
        // The stretch went into the other gaps.
        Assert.True(line.X[1] - line.X[0] > 10);
    }

    [Fact]
    public void An_opening_mark_at_a_line_start_keeps_its_full_width()
    {
        // 「、」 ends line 1; 《 starts line 2 with its blank half (the 28-character grid).
        var (text, lines) = Lay("一二三四、《五》", 5, TextAlign.Left);
        Assert.Equal('《', (char)text.CodePoints[lines[1].Start]);
        Assert.Equal(0, lines[1].X[0], 3);
    }

    [Fact]
    public void A_pair_split_by_a_line_break_gives_both_marks_their_full_width()
    {
        // 「，《」 compresses inside a line. Broken between them, 「，」 ends line 1 with its whole em box inside
        // the 5-em measure (it once kept its half width there and its box stood half an em past the measure),
        // and 《 starts line 2 at the margin with its blank half.
        var (text, lines) = Lay("一二三四，《五》六", 5);
        Assert.Equal("一二三四，", string.Concat(text.CodePoints[lines[0].Start..lines[0].End].Select(c => (char)c)));
        Assert.Equal(40, lines[0].X[4], 3);
        Assert.Equal(50, lines[0].Width, 3);
        Assert.Equal('《', (char)text.CodePoints[lines[1].Start]);
        Assert.Equal(0, lines[1].X[0], 3);
        Assert.Equal(20, lines[1].X[2] - lines[1].X[0], 3);
    }

    [Fact]
    public void A_closing_mark_at_a_line_end_is_pulled_in_only_when_the_line_would_not_fit()
    {
        // Five characters and a full stop in a 5.5-em measure: nothing moves down; the four gaps (none
        // before the stop) give the stop's blank half, 0.125 em each, so the stop's em box ends at the measure.
        var (text, lines) = Lay("一二三四五。六", 5.5);
        Assert.Equal("一二三四五。", string.Concat(text.CodePoints[lines[0].Start..lines[0].End].Select(c => (char)c)));
        Assert.Equal(8.75, lines[0].X[1] - lines[0].X[0], 3);
        Assert.Equal(55, lines[0].X[5] + 10, 3);
        // With room to spare the stop stays full width and justification fills the line.
        var (_, roomy) = Lay("一二三四。五六七", 6);
        Assert.Equal(10, roomy[0].X[4] - roomy[0].X[3], 3);
    }

    [Fact]
    public void A_font_that_centres_its_marks_loses_nothing()
    {
        var centred = new InkFont(0.4, 0.6);
        var text = TextShaper.Shape([new StyledSpan("一，“二”")], new TextStyle(TextRole.Body, 10), new FontStack([centred]), null);
        // ， is centred: only its 0.4 em right blank and “'s own blank meet; no ink may overlap.
        var line = LineBreaker.Layout(text, 100, 0, TextAlign.Left)[0];
        var commaRight = line.X[1] + 6;
        var quoteLeft = line.X[2] + 4;
        Assert.InRange(quoteLeft - commaRight, 0 - 0.001, 5 + 0.001);
        Assert.True(text.Advances[1] >= 10 - 4 - 0.001);
    }

    private sealed class InkFont(double left, double right) : ILayoutFont
    {
        public string Name => "Centred";

        public bool TryGetAdvance(int codePoint, out double advanceEm)
        {
            advanceEm = codePoint < 0x2000 && codePoint is not ('“' or '”') ? 0.5 : 1.0;
            return true;
        }

        public bool TryGetPunctuationInk(int codePoint, out double leftEm, out double rightEm)
        {
            (leftEm, rightEm) = (left, right);
            return PunctuationSpacing.IsAdjustable(codePoint);
        }
    }
}
