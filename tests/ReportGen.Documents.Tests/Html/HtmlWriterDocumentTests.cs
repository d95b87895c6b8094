using System.Collections.Immutable;
using System.Text;
using ReportGen.Documents.Document;
using ReportGen.Documents.Writers.Html;
using static ReportGen.Documents.Tests.Html.HtmlTestSupport;

namespace ReportGen.Documents.Tests.Html;

public class HtmlWriterDocumentTests
{
    [Fact]
    public void Format_is_html()
    {
        Assert.Equal("html", new HtmlWriter().Format);
    }

    [Fact]
    public void Starts_with_doctype_without_bom()
    {
        var bytes = Bytes(SampleDocuments.Small());
        Assert.Equal("<!DOCTYPE html>\n", Encoding.ASCII.GetString(bytes, 0, 16));
    }

    [Fact]
    public void Head_has_language_charset_viewport_title_and_metadata()
    {
        var dom = Parse(SampleDocuments.Small());
        Assert.Equal("zh-CN", dom.DocumentElement.GetAttribute("lang"));
        Assert.Equal("utf-8", dom.QuerySelector("meta[charset]")!.GetAttribute("charset"));
        Assert.Contains("width=device-width", dom.QuerySelector("meta[name=viewport]")!.GetAttribute("content"));
        Assert.Equal("示例区人民政府2023年政府信息公开工作年度报告", dom.Title);
        Assert.Equal("示例区人民政府", dom.QuerySelector("meta[name=author]")!.GetAttribute("content"));
        Assert.Equal("政府信息公开工作年度报告", dom.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal("政府信息公开,年度报告,2023", dom.QuerySelector("meta[name=keywords]")!.GetAttribute("content"));
        Assert.Equal("2024-01-20", dom.QuerySelector("meta[name='dcterms.date']")!.GetAttribute("content"));
    }

    [Fact]
    public void Page_is_self_contained_without_script()
    {
        var doc = SampleDocuments.Small();
        var image = new Figure(new ImageFigure(ImmutableArray.Create<byte>(1, 2, 3), "image/png", 10, 10), "图", "图");
        var dom = Parse(doc with { Blocks = doc.Blocks.Add(image) });
        Assert.Empty(dom.Scripts);
        Assert.Empty(dom.QuerySelectorAll("link, iframe, object, embed, base"));
        foreach (var el in dom.QuerySelectorAll("[src], [href]"))
        {
            var url = el.GetAttribute("src") ?? el.GetAttribute("href")!;
            Assert.StartsWith("data:", url);
        }
        Assert.Single(dom.QuerySelectorAll("head style"));
    }

    [Fact]
    public void Content_sits_in_main_article()
    {
        var dom = Parse(SampleDocuments.Small());
        var article = dom.QuerySelector("body > main > article");
        Assert.NotNull(article);
        Assert.NotNull(article!.QuerySelector("h1.title"));
    }

    [Fact]
    public void Title_lines_are_joined_with_br_in_h1()
    {
        var dom = Parse(SampleDocuments.Small());
        var h1 = Assert.Single(dom.QuerySelectorAll("h1"));
        Assert.Equal("title", h1.ClassName);
        Assert.Single(h1.QuerySelectorAll("br"));
        Assert.Equal("示例区人民政府2023年政府信息公开工作年度报告", h1.TextContent);
    }

    [Fact]
    public void Heading_levels_one_to_four_become_h2_to_h5()
    {
        var dom = Parse(SampleDocuments.Small());
        Assert.Equal(new[] { "一、总体情况", "二、收到和处理政府信息公开申请情况" },
            dom.QuerySelectorAll("article > h2").Select(e => e.TextContent));
        Assert.Equal("（一）主动公开", dom.QuerySelector("article > h3")!.TextContent);
        Assert.Equal("1.政府网站", dom.QuerySelector("article > h4")!.TextContent);
        Assert.Equal("（1）栏目建设", dom.QuerySelector("article > h5")!.TextContent);
        Assert.Empty(dom.QuerySelectorAll("h6"));
    }

    [Fact]
    public void Paragraph_kinds_map_to_classes_and_inlines_to_strong_and_br()
    {
        var dom = Parse(With(
            new Paragraph(T("正文")),
            new Paragraph(T("填报单位"), ParagraphKind.Plain),
            new Paragraph(T("（2024年1月20日）"), ParagraphKind.Centered),
            new Paragraph(T("右"), ParagraphKind.Right),
            new Paragraph(T("注：说明"), ParagraphKind.Note),
            new Paragraph(ImmutableArray.Create<Inline>(new Text("加粗", Strong: true), new LineBreak(), new Text("下一行")))));
        var ps = dom.QuerySelectorAll("article > p").ToList();
        Assert.Equal(new[] { "", "plain", "center", "right", "note", "" }, ps.Select(p => p.ClassName ?? ""));
        Assert.Equal("加粗", ps[5].QuerySelector("strong")!.TextContent);
        Assert.Single(ps[5].QuerySelectorAll("br"));
        Assert.Equal("加粗下一行", ps[5].TextContent);
    }

    [Fact]
    public void Signature_is_signer_then_date()
    {
        var dom = Parse(SampleDocuments.Small());
        var sig = dom.QuerySelector(".signature")!;
        var lines = sig.QuerySelectorAll("p").Select(p => (p.ClassName!, p.TextContent)).ToList();
        Assert.Equal(new[] { ("signer", "示例区人民政府办公室"), ("date", "2024年1月20日") }, lines);
    }

    [Fact]
    public void Page_break_becomes_a_print_break_marker()
    {
        var dom = Parse(With(new Paragraph(T("前")), new PageBreak(), new Paragraph(T("后"))));
        var br = Assert.Single(dom.QuerySelectorAll("article > .page-break"));
        Assert.Equal("true", br.GetAttribute("aria-hidden"));
    }

    [Fact]
    public void Print_stylesheet_follows_gbt_9704_page()
    {
        var css = Parse(SampleDocuments.Small()).QuerySelector("style")!.TextContent;
        Assert.Contains("@page { size: A4; margin: 37mm 26mm 35mm 28mm; }", css);
        Assert.Contains("thead { display: table-header-group; }", css);
        Assert.Contains("break-inside: avoid", css);
        Assert.Contains("break-after: avoid", css);
        Assert.Contains("\"仿宋_GB2312\", \"FangSong\", \"STFangsong\", \"Noto Serif CJK SC\", serif", css);
        Assert.Contains("\"方正小标宋简体\", \"FZXiaoBiaoSong-B05S\", \"SimSun\", serif", css);
        Assert.Contains("\"黑体\", \"SimHei\", \"Noto Sans CJK SC\", sans-serif", css);
    }

    [Fact]
    public void Sample_parses_without_html_errors()
    {
        var doc = SampleDocuments.Small();
        var extra = ImmutableArray.Create<Block>(
            new Figure(new ImageFigure(ImmutableArray.Create<byte>(1, 2, 3), "image/png", 10, 10), "图", "图"),
            new Figure(new ChartFigure(ChartKind.Pie, ImmutableArray.Create("甲"), ImmutableArray.Create(new ChartSeries("乙", ImmutableArray.Create(1.5))), "%"), "图", "图"),
            new PageBreak(),
            new Paragraph(T("<b>&nbsp;</b> \u0001\u202E")));
        var errors = new List<string>();
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        parser.Error += (_, e) => errors.Add(((AngleSharp.Html.Dom.Events.HtmlErrorEvent)e).Message);
        parser.ParseDocument("<!DOCTYPE html><p></div>");
        Assert.NotEmpty(errors); // the listener does see errors
        errors.Clear();
        parser.ParseDocument(Render(doc with { Blocks = doc.Blocks.AddRange(extra) }));
        Assert.Empty(errors);
    }

    [Fact]
    public void Heading_level_out_of_range_is_clamped()
    {
        var dom = Parse(With(new Heading(0, T("零")), new Heading(9, T("九"))));
        Assert.Equal("零", dom.QuerySelector("article > h2")!.TextContent);
        Assert.Equal("九", dom.QuerySelector("article > h5")!.TextContent);
    }
}
