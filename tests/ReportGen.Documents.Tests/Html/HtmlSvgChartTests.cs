using System.Collections.Immutable;
using System.Globalization;
using System.Xml.Linq;
using ReportGen.Documents.Document;
using static ReportGen.Documents.Tests.Html.HtmlTestSupport;

namespace ReportGen.Documents.Tests.Html;

public class HtmlSvgChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly ImmutableArray<string> Years = ["2021年", "2022年", "2023年"];

    private static ChartSeries S(string name, params double[] values) => new(name, [.. values]);

    public static TheoryData<ChartFigure> Charts => new(AllCharts);

    private static readonly ChartFigure[] AllCharts =
    [
        new ChartFigure(ChartKind.Bar, Years, [S("主动公开", 2703, 3263, 3410.5), S("依申请公开", 16, 22, double.NaN)], "条"),
        new ChartFigure(ChartKind.StackedBar, Years, [S("网站", 10, 20, 30), S("微信", 5, 6, 7)], "条"),
        new ChartFigure(ChartKind.Line, Years, [S("访谈", 3, double.NaN, 6)], "次"),
        new ChartFigure(ChartKind.Pie, ["网络申请", "信函申请"], [S("渠道", 1, 15)], "件"),
        new ChartFigure(ChartKind.Donut, ["已主动公开", "同意公开", "不存在"], [S("答复", 12, 2, 2)], "件"),
    ];

    /// <summary>The inline &lt;svg&gt; of the first figure, parsed as XML: it must be well-formed on its own.</summary>
    private static XElement SvgOf(ChartFigure chart, string caption = "历年数量", string alt = "说明文字", int? number = 1)
    {
        var html = Render(With(new Figure(chart, caption, alt, number)));
        var start = html.IndexOf("<svg", StringComparison.Ordinal);
        var end = html.IndexOf("</svg>", start, StringComparison.Ordinal) + "</svg>".Length;
        return XElement.Parse(html[start..end]);
    }

    [Theory]
    [MemberData(nameof(Charts))]
    public void Svg_is_well_formed_and_named_by_title_and_desc(ChartFigure chart)
    {
        var svg = SvgOf(chart);
        Assert.Equal("img", (string?)svg.Attribute("role"));
        var title = svg.Element(Svg + "title")!;
        var desc = svg.Element(Svg + "desc")!;
        Assert.Equal("图1 历年数量", title.Value);
        Assert.Equal("说明文字", desc.Value);
        Assert.Equal($"{(string?)title.Attribute("id")} {(string?)desc.Attribute("id")}", (string?)svg.Attribute("aria-labelledby"));
    }

    [Theory]
    [MemberData(nameof(Charts))]
    public void One_shape_per_value_and_every_value_is_labelled(ChartFigure chart)
    {
        var svg = SvgOf(chart);
        var pie = chart.Kind is ChartKind.Pie or ChartKind.Donut;
        var values = (pie ? chart.Series.Take(1) : chart.Series).SelectMany(s => s.Values).Where(double.IsFinite).ToList();
        var marks = svg.Descendants(Svg + "path").Where(p => (string?)p.Attribute("class") == "mark").ToList();
        Assert.Equal(values.Count, marks.Count);

        var texts = svg.Descendants(Svg + "text").Select(t => t.Value).ToList();
        foreach (var v in values) Assert.Contains(v.ToString("0.##", CultureInfo.InvariantCulture), texts);
        foreach (var c in chart.Categories) Assert.Contains(texts, t => c.StartsWith(t, StringComparison.Ordinal));
        if (pie)
        {
            var total = values.Sum();
            foreach (var v in values) Assert.Contains($"{Math.Round(100 * v / total, MidpointRounding.AwayFromZero)}%", texts);
        }
        Assert.Contains("单位：" + chart.Unit, texts);
    }

    [Fact]
    public void Text_is_escaped_inside_the_svg()
    {
        var chart = new ChartFigure(ChartKind.Bar, ["<b>&甲</b>"], [S("系列\"一\"", 1)], "");
        var svg = SvgOf(chart, caption: "图<script>", alt: "a&b");
        Assert.Equal("a&b", svg.Element(Svg + "desc")!.Value);
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "<b>&甲</b>");
        Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName is "script" or "b");
    }

    [Fact]
    public void Data_table_holds_the_model_values()
    {
        var chart = AllCharts[0];
        var dom = Parse(With(new Figure(chart, "历年数量", "说明", 1)));
        var rows = dom.QuerySelectorAll("details table.chart-data tbody tr")
            .Select(tr => tr.Children.Select(c => c.TextContent).ToList()).ToList();
        Assert.Equal(chart.Categories.Length, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(chart.Categories[i], rows[i][0]);
            for (var s = 0; s < chart.Series.Length; s++)
            {
                var v = chart.Series[s].Values[i];
                Assert.Equal(double.IsFinite(v) ? v.ToString("0.##", CultureInfo.InvariantCulture) : "—", rows[i][s + 1]);
            }
        }
    }

    [Fact]
    public void Figure_ids_are_unique_and_output_is_deterministic()
    {
        var charts = AllCharts.Select(c => (Block)new Figure(c, "图", "说明")).ToArray();
        var html = Render(With(charts));
        Assert.Equal(html, Render(With(charts)));
        var ids = Parse(With(charts)).QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(10, ids.Count);
    }
}

public class HtmlSvgChartEdgeCaseTests
{
    public static TheoryData<ChartKind> Kinds => new(Enum.GetValues<ChartKind>());

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Empty_gappy_and_negative_charts_are_well_formed_svg(ChartKind kind)
    {
        var charts = new[]
        {
            new ChartFigure(kind, [], [], ""),
            new ChartFigure(kind, ["甲", "乙"], [new ChartSeries("缺", [double.NaN, double.NaN])], "条"),
            new ChartFigure(kind, ["甲", "乙"], [new ChartSeries("负", [-3, 5])], "万元"),
        };
        var html = Render(With(charts.Select(c => (Block)new Figure(c, "图", "说明")).ToArray()));
        var start = 0;
        for (var i = 0; i < charts.Length; i++)
        {
            start = html.IndexOf("<svg", start, StringComparison.Ordinal);
            var end = html.IndexOf("</svg>", start, StringComparison.Ordinal) + 6;
            var svg = XElement.Parse(html[start..end]);
            Assert.DoesNotContain("NaN", svg.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("Infinity", svg.ToString(), StringComparison.Ordinal);
            start = end;
        }
    }
}
