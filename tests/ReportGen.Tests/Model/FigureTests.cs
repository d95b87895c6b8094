using ReportGen.Documents.Document;
using ReportGen.Model;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Model;

/// <summary>Charts come from the statistics, figure numbers from the document order, references from the numbers.</summary>
public class FigureTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private static string WithBody(string body, string stats = "  a1: 100\n  a2_2: 60\n  a2_4: 30\n  a2_5: 10")
        => Yaml.MinimalPre2019
            .Replace("      - 2018年，全区主动公开政府信息100条。", body)
            .Replace("  a1: 100", stats);

    [Fact]
    public void Chart_values_come_from_the_statistics_and_figures_are_numbered_and_cited()
    {
        var file = _ws.Write("testzone", 2018, WithBody("""
                  - 各渠道情况见${fig:channels}，趋势见${fig:trend}。
                  - figure: 各渠道公开信息数
                    id: channels
                    chart: { kind: pie, rows: [a2_2, a2_4, a2_5], labels: [网站, 微信, 其他] }
                  - figure: 历年主动公开信息数
                    id: trend
                    chart: { kind: bar, rows: [a1], years: [2017, 2018] }
            """.TrimEnd()) + "\nhistory:\n  2017:\n    a1: 80\n");
        var (document, _, diagnostics) = TempWorkspace.Pipeline().Compose(file);
        Assert.True(document is not null, string.Join("\n", diagnostics));
        Assert.Contains(document!.Blocks.OfType<Paragraph>(), p => p.PlainText == "各渠道情况见图1，趋势见图2。");
        var figures = document.Blocks.OfType<Figure>().ToList();
        Assert.Equal(new int?[] { 1, 2 }, figures.Select(f => f.Number));
        Assert.Equal("图1 各渠道公开信息数", figures[0].NumberedCaption);
        var pie = Assert.IsType<ChartFigure>(figures[0].Content);
        Assert.Equal(ChartKind.Pie, pie.Kind);
        Assert.Equal(new[] { "网站", "微信", "其他" }, pie.Categories);
        Assert.Equal(new double[] { 60, 30, 10 }, pie.Series[0].Values);
        var bar = Assert.IsType<ChartFigure>(figures[1].Content);
        Assert.Equal(new[] { "2017年", "2018年" }, bar.Categories);
        Assert.Equal(new double[] { 80, 100 }, bar.Series[0].Values);
    }

    [Fact]
    public void A_year_without_data_is_left_empty_and_R24_says_so()
    {
        var file = _ws.Write("testzone", 2018, WithBody("""
                  - figure: 历年主动公开信息数
                    chart: { kind: line, rows: [a1], years: [2016, 2018] }
            """.TrimEnd()));
        var d = Assert.Single(TempWorkspace.Check(file));
        Assert.Equal("R24", d.RuleId);
        Assert.Contains("2016.yaml", d.Message);
        var (document, _, _) = TempWorkspace.Pipeline().Compose(file);
        var line = Assert.IsType<ChartFigure>(document!.Blocks.OfType<Figure>().Single().Content);
        Assert.True(double.IsNaN(line.Series[0].Values[0]));
        Assert.Equal(100, line.Series[0].Values[1]);
    }

    [Fact]
    public void Another_years_file_is_read_for_a_series_across_years()
    {
        _ws.Write("testzone", 2017, Yaml.MinimalPre2019.Replace("year: 2018", "year: 2017").Replace("date: 2019-03-01", "date: 2018-03-01").Replace("a1: 100", "a1: 77"));
        var file = _ws.Write("testzone", 2018, WithBody("""
                  - figure: 历年主动公开信息数
                    chart: { kind: bar, rows: [a1], years: [2017, 2018] }
            """.TrimEnd()));
        var (document, _, diagnostics) = TempWorkspace.Pipeline().Compose(file);
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "R24");
        Assert.Equal(new double[] { 77, 100 }, Assert.IsType<ChartFigure>(document!.Blocks.OfType<Figure>().Single().Content).Series[0].Values);
    }

    [Fact]
    public void A_chart_citing_an_unknown_row_or_a_reference_to_an_unknown_figure_is_an_error()
    {
        var file = _ws.Write("testzone", 2018, WithBody("""
                  - 见${fig:nothing}。
                  - figure: 渠道
                    chart: { kind: pie, rows: [a2_2, a2_9] }
            """.TrimEnd()));
        var diagnostics = TempWorkspace.Check(file);
        Assert.Contains(diagnostics, d => d.IsError && d.Message.Contains("a2_9") && d.Hint.Contains("a2_"));
        Assert.Contains(diagnostics, d => d.IsError && d.Message.Contains("fig:nothing"));
    }

    [Fact]
    public void Pictures_must_stay_inside_the_workspace()
    {
        var file = _ws.Write("testzone", 2018, WithBody("""
                  - figure: 外部图片
                    picture: ../../../etc/passwd.png
            """.TrimEnd()));
        Assert.Contains(TempWorkspace.Check(file), d => d.IsError && d.Message.Contains("只能引用数据文件夹内的文件"));
    }
}
