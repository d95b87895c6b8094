using ReportGen.Documents.Layout.Text;

namespace ReportGen.Documents.Tests.Layout;

public class LineBreakerTests
{
    private static readonly FontStack Stack = new([new FixedFont()]);

    private static (ShapedText Text, List<TextLine> Lines) Break(string s, double chars, double indentChars = 0, TextAlign align = TextAlign.Justify)
    {
        var text = TextShaper.Shape([new StyledSpan(s)], new TextStyle(TextRole.Body, 10), Stack, null);
        return (text, LineBreaker.Layout(text, chars * 10, indentChars * 10, align));
    }

    private static List<string> Strings(ShapedText text, List<TextLine> lines)
        => lines.Select(l => string.Concat(text.CodePoints[l.Start..l.End].Select(char.ConvertFromUtf32))).ToList();

    /// <summary>
    /// The breaker's scratch arrays are rented and come back holding the last text's values: a text broken right after
    /// a longer one, with other break rules and widths, must break exactly as it does on its own.
    /// </summary>
    [Fact]
    public void Breaks_the_same_after_a_longer_text_left_its_scratch_behind()
    {
        const string Short = "甲乙丙，丁戊（己庚）辛壬癸子丑寅卯，辰巳午。";
        var alone = Break(Short, 5);
        var expected = Strings(alone.Text, alone.Lines);
        var expectedX = alone.Lines.Select(l => l.X.ToArray()).ToList();

        Break(string.Concat(Enumerable.Repeat("一二三四五六七八九十“甲”！", 400)), 7, 2);
        var again = Break(Short, 5);

        Assert.Equal(expected, Strings(again.Text, again.Lines));
        Assert.Equal(expectedX, again.Lines.Select(l => l.X.ToArray()).ToList());
        Assert.Equal(alone.Lines.Select(l => l.Width), again.Lines.Select(l => l.Width));
    }

    /// <summary>Table cells balance their lines by counting them at a dozen widths: the count must be the layout's.</summary>
    [Fact]
    public void Counting_lines_agrees_with_laying_them_out_at_every_width()
    {
        var text = TextShaper.Shape([new StyledSpan("依申请公开（含“三安全一稳定”），www.gov.cn/xxgk 与 2.5% 的比例。\n第二段，《条例》第十条。")],
            new TextStyle(TextRole.Body, 10), Stack, null);
        using var prepared = LineBreaker.Prepare(text);
        for (var width = 5.0; width <= 500; width += 3.7)
            foreach (var indent in new[] { 0.0, 20.0 })
            {
                var lines = LineBreaker.Layout(text, width, indent, TextAlign.Justify);
                Assert.Equal(lines.Count, prepared.CountLines(width, indent));
                var again = prepared.Layout(width, indent, TextAlign.Justify);
                Assert.Equal(lines.Select(l => (l.Start, l.End, l.Width)), again.Select(l => (l.Start, l.End, l.Width)));
                Assert.Equal(lines.SelectMany(l => l.X), again.SelectMany(l => l.X));
            }
    }

    [Fact]
    public void Breaks_between_any_two_cjk_characters()
    {
        var (text, lines) = Break("一二三四五六七八九十", 4);
        Assert.Equal(["一二三四", "五六七八", "九十"], Strings(text, lines));
    }

    [Fact]
    public void Closing_punctuation_never_starts_a_line()
    {
        // "！" would start line 2 (and is not squeezable): the previous character moves down with it.
        var (text, lines) = Break("一二三四！五六", 4);
        Assert.Equal(["一二三", "四！五六"], Strings(text, lines));
        foreach (var s in Strings(text, lines))
            Assert.False(LineBreakRules.IsClosing(char.ConvertToUtf32(s, 0)), s);
    }

    [Theory]
    [InlineData("一二三《四五》六七")]
    [InlineData("一二三“四五”六七")]
    [InlineData("一二三（四五）六七")]
    public void Opening_punctuation_never_ends_a_line(string s)
    {
        var (text, lines) = Break(s, 4);
        foreach (var line in Strings(text, lines))
        {
            Assert.False(LineBreakRules.IsOpening(char.ConvertToUtf32(line, line.Length - 1)), line);
            Assert.False(LineBreakRules.IsClosing(char.ConvertToUtf32(line, 0)), line);
        }
        Assert.Equal(s, string.Concat(Strings(text, lines)));
    }

    [Fact]
    public void Numbers_and_latin_words_stay_whole()
    {
        // 2023 (2 em) would straddle the end of the first line: it moves down whole, and so does the URL.
        var (text, lines) = Break("一二三四2023年www.gov.cn四", 5);
        var strings = Strings(text, lines);
        Assert.Equal(["一二三四", "2023年", "www.gov.cn", "四"], strings);
    }

    [Fact]
    public void A_long_url_breaks_after_a_slash_or_dot_rather_than_leaving_a_very_loose_line()
    {
        var (text, lines) = Break("报告可在网站（http://www.changchun.gov.cn）下载", 12);
        var strings = Strings(text, lines);
        Assert.Equal("报告可在网站（http://", strings[0]);
        Assert.Equal("报告可在网站（http://www.changchun.gov.cn）下载", string.Concat(strings));
        // Numbers stay whole even then, and so do short addresses.
        Assert.False(LineBreakRules.IsSoftBreak('.', '5', '0'));
        var (shortText, shortLines) = Break("报告可在网站页面www.gov.cn查询", 12);
        Assert.Equal(["报告可在网站页面", "www.gov.cn查询"], Strings(shortText, shortLines));
    }

    [Fact]
    public void Justified_lines_fill_the_measure_and_the_last_line_does_not()
    {
        var (text, lines) = Break("一二三四！五六七八九十", 4);
        // Line 1 has three characters in a four-character measure: justification spreads them.
        var first = lines[0];
        Assert.Equal(3, first.End - first.Start);
        Assert.Equal(0, first.X[0], 3);
        Assert.Equal(40, first.X[^1] + 10, 3);
        Assert.Equal(lines[0].X[1] - lines[0].X[0], lines[0].X[2] - lines[0].X[1], 3);
        var last = lines[^1];
        Assert.Equal(0, last.X[0], 3);
        Assert.Equal(10, last.X[1] - last.X[0], 3);
    }

    [Fact]
    public void Final_full_stop_is_squeezed_into_a_long_line_instead_of_pushing_a_character_down()
    {
        var (text, lines) = Break("一二三四五六七八九十。二", 10);
        Assert.Equal(["一二三四五六七八九十。", "二"], Strings(text, lines));
        var first = lines[0];
        // The nine gaps (none before the stop) tighten by the stop's whole em, 1/9 em each, so its box (not only
        // its ink) ends exactly at the measure.
        Assert.Equal(100, first.X[^1] + 10, 3);
        Assert.Equal(10 - 10.0 / 9, first.X[1] - first.X[0], 3);
        // A short line never squeezes: the stop takes the previous character with it instead.
        var (shortText, shortLines) = Break("一二三四。五六", 4);
        Assert.Equal(["一二三", "四。五六"], Strings(shortText, shortLines));
    }

    [Fact]
    public void First_line_is_indented_two_characters()
    {
        var (_, lines) = Break("一二三四五六七八", 6, indentChars: 2);
        Assert.Equal(20, lines[0].X[0], 3);
        Assert.Equal(4, lines[0].End - lines[0].Start);
        Assert.Equal(0, lines[1].X[0], 3);
    }

    [Fact]
    public void Forced_line_break_ends_the_line_without_justifying_it()
    {
        var (text, lines) = Break("一二\n三四五", 4);
        Assert.Equal(["一二", "三四五"], Strings(text, lines).Select(s => s.TrimEnd('\n')).ToList());
        Assert.Equal(10, lines[0].X[1] - lines[0].X[0], 3);
    }

    [Fact]
    public void Centered_and_right_alignment()
    {
        var (_, centered) = Break("一二", 4, align: TextAlign.Center);
        Assert.Equal(10, centered[0].X[0], 3);
        var (_, right) = Break("一二", 4, align: TextAlign.Right);
        Assert.Equal(20, right[0].X[0], 3);
    }

    [Fact]
    public void Kangxi_radicals_are_normalised_to_unified_ideographs()
    {
        var text = TextShaper.Shape([new StyledSpan("\u2F08\u2F00")], new TextStyle(TextRole.Body, 10), Stack, null);
        Assert.Equal(['人', '一'], text.CodePoints.Select(c => (char)c));
    }

    [Fact]
    public void A_long_title_splits_between_the_agency_and_the_year_and_report_name()
    {
        // The model's title rule (TitleLines), applied again in the title font when a line is still too wide.
        var text = TextShaper.Shape([new StyledSpan("船营区人民政府2018年政府信息公开工作年度报告")], new TextStyle(TextRole.Title, 10), Stack, null);
        var lines = TitleBreaker.Layout(text, 160);
        Assert.Equal(["船营区人民政府", "2018年政府信息公开工作年度报告"], Strings(text, lines));
        // Both lines centred in the measure.
        Assert.Equal(160 - (lines[0].X[0] + 70), lines[0].X[0], 3);
        // A title that fits stays one line.
        var shortTitle = TextShaper.Shape([new StyledSpan("年度报告")], new TextStyle(TextRole.Title, 10), Stack, null);
        Assert.Single(TitleBreaker.Layout(shortTitle, 160));
    }

    [Fact]
    public async Task A_title_of_millions_of_characters_is_arranged_in_linear_time()
    {
        // The 10,000-input fuzz run: a 1 MB agency name took 100 s in TitleLines (each candidate break measured
        // afresh, quadratic); 4 MB would have taken half an hour. Now it finishes well inside the hang guard.
        var agency = "一" + new string('二', 4_000_000);
        var arrange = Task.Run(() => ReportGen.Documents.Document.TitleLines.Arrange([agency + "2024年政府信息公开工作年度报告"], agency));
        Assert.True(await Task.WhenAny(arrange, Task.Delay(ReportGen.Testing.ManualClock.HangGuard)) == arrange, "arranging the title hung");
        var lines = await arrange;
        Assert.All(lines, l => Assert.True(ReportGen.Documents.Document.TitleLines.Em(l) <= 20.01, l));
        Assert.Equal(agency + "2024年政府信息公开工作年度报告", string.Concat(lines));
    }

    [Fact]
    public void Web_and_mail_addresses_are_found_for_links()
    {
        var cps = "网址：http://xxgk.jlcy.gov.cn/）向社会公开，电子邮箱：cyqzwgkbgs@126.com。另见www.gov.cn。".Select(c => (int)c).ToArray();
        var found = UrlFinder.Find(cps);
        Assert.Equal(["http://xxgk.jlcy.gov.cn/", "mailto:cyqzwgkbgs@126.com", "http://www.gov.cn"], found.Select(f => f.Uri));
        Assert.Equal("cyqzwgkbgs@126.com", string.Concat(cps[found[1].Start..found[1].End].Select(c => (char)c)));
    }
}
