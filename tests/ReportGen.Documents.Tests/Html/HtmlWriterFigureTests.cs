using System.Collections.Immutable;
using ReportGen.Documents.Document;
using static ReportGen.Documents.Tests.Html.HtmlTestSupport;

namespace ReportGen.Documents.Tests.Html;

public class HtmlWriterFigureTests
{
    [Fact]
    public void Placeholder_is_a_named_box_with_numbered_figcaption()
    {
        var figure = Parse(SampleDocuments.Small()).QuerySelector("article > figure")!;
        var box = figure.QuerySelector(".figure-box")!;
        Assert.Equal("img", box.GetAttribute("role"));
        Assert.Equal("历年主动公开政府信息数量柱状图", box.GetAttribute("aria-label"));
        Assert.Equal("图1 历年主动公开政府信息统计图", figure.QuerySelector("figcaption")!.TextContent);
        Assert.Equal("FIGCAPTION", figure.LastElementChild!.TagName);
    }

    [Fact]
    public void Unnumbered_figure_caption_has_no_number()
    {
        var dom = Parse(With(new Figure(new PlaceholderFigure(), "统计图", "说明")));
        Assert.Equal("统计图", dom.QuerySelector("figcaption")!.TextContent);
    }

    [Fact]
    public void Chart_is_an_svg_followed_by_a_data_table_of_categories_by_series()
    {
        var chart = new ChartFigure(ChartKind.Bar,
            ImmutableArray.Create("2021年", "2022年", "2023年"),
            ImmutableArray.Create(
                new ChartSeries("主动公开", ImmutableArray.Create(3120.0, 3263, 4068.208)),
                new ChartSeries("依申请公开", ImmutableArray.Create(12.0, 15))),
            "件");
        var dom = Parse(With(new Figure(chart, "历年公开数量", "柱状图：历年公开数量", 2)));
        var figure = dom.QuerySelector("figure")!;

        Assert.Equal("柱状图：历年公开数量", figure.QuerySelector("svg[role=img] desc")!.TextContent);
        var table = dom.QuerySelector("figure + details table.chart-data")!;
        Assert.Equal("历年公开数量数据（单位：件）", table.QuerySelector("caption")!.TextContent);
        Assert.Equal(new[] { "项目", "主动公开", "依申请公开" }, table.QuerySelectorAll("thead th").Select(th => th.TextContent));
        Assert.All(table.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        var rows = table.QuerySelectorAll("tbody tr")
            .Select(tr => string.Join("|", tr.Children.Select(c => c.TextContent))).ToList();
        Assert.Equal(new[] { "2021年|3120|12", "2022年|3263|15", "2023年|4068.208|—" }, rows);
        Assert.All(table.QuerySelectorAll("tbody th"), th => Assert.Equal("row", th.GetAttribute("scope")));
        Assert.Equal("图2 历年公开数量", figure.QuerySelector("figcaption")!.TextContent);
    }

    [Fact]
    public void Image_is_embedded_as_data_uri_with_alt_and_size()
    {
        var png = ImmutableArray.Create<byte>(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0xFF);
        var img = Parse(With(new Figure(new ImageFigure(png, "image/png", 72, 36), "照片", "办公楼外景"))).QuerySelector("figure > img")!;
        Assert.Equal("data:image/png;base64," + Convert.ToBase64String(png.ToArray()), img.GetAttribute("src"));
        Assert.Equal("办公楼外景", img.GetAttribute("alt"));
        Assert.Equal(("96", "48"), (img.GetAttribute("width"), img.GetAttribute("height")));
    }

    [Fact]
    public void Large_image_base64_is_identical_to_one_shot_encoding()
    {
        var data = Enumerable.Range(0, 10_000).Select(i => (byte)(i * 31)).ToImmutableArray();
        var img = Parse(With(new Figure(new ImageFigure(data, "image/jpeg", 10, 10), "图", "图"))).QuerySelector("img")!;
        Assert.Equal("data:image/jpeg;base64," + Convert.ToBase64String(data.ToArray()), img.GetAttribute("src"));
    }

    [Fact]
    public void Unsupported_image_type_falls_back_to_the_placeholder_box()
    {
        var dom = Parse(With(new Figure(new ImageFigure(ImmutableArray.Create<byte>(1), "text/html", 10, 10), "图", "说明")));
        Assert.Empty(dom.QuerySelectorAll("img"));
        Assert.Equal("说明", dom.QuerySelector("figure [role=img]")!.GetAttribute("aria-label"));
    }
}
