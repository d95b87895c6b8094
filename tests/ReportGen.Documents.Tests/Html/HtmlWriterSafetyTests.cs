using System.Collections.Immutable;
using ReportGen.Documents.Document;
using ReportGen.Documents.Writers.Html;
using static ReportGen.Documents.Tests.Html.HtmlTestSupport;

namespace ReportGen.Documents.Tests.Html;

public class HtmlWriterSafetyTests
{
    private const string Hostile = "<script>alert(1)</script> {{ x }} & © &amp; \"q\" 'a'";

    [Fact]
    public void Markup_in_a_paragraph_is_text()
    {
        var dom = Parse(With(new Paragraph(T(Hostile))));
        Assert.Empty(dom.Scripts);
        Assert.Empty(dom.QuerySelectorAll("script"));
        Assert.Equal(Hostile, dom.QuerySelector("article > p")!.TextContent);
    }

    [Fact]
    public void Markup_in_metadata_title_headings_cells_and_figures_is_text()
    {
        var doc = SampleDocuments.Small();
        var meta = doc.Metadata with { Title = "</title>" + Hostile, Author = Hostile, Keywords = ImmutableArray.Create(Hostile) };
        var blocks = ImmutableArray.Create<Block>(
            new Title(ImmutableArray.Create(Hostile)),
            new Heading(1, T(Hostile)),
            new Table(ImmutableArray.Create(new ColumnSpec(1)), ImmutableArray<TableRow>.Empty,
                ImmutableArray.Create(new TableRow(ImmutableArray.Create(SampleDocuments.C(Hostile)))), Hostile, Hostile),
            new Figure(new PlaceholderFigure(), Hostile, Hostile),
            new Figure(new ChartFigure(ChartKind.Bar, ImmutableArray.Create(Hostile),
                ImmutableArray.Create(new ChartSeries(Hostile, ImmutableArray.Create(1.0))), Hostile), Hostile, Hostile),
            new SignatureBlock(ImmutableArray.Create(Hostile), Hostile));
        var dom = Parse(new ReportDocument(meta, blocks));

        Assert.Empty(dom.QuerySelectorAll("script"));
        Assert.Equal("</title>" + Hostile, dom.Title);
        Assert.Equal(Hostile, dom.QuerySelector("meta[name=author]")!.GetAttribute("content"));
        Assert.Equal(Hostile, dom.QuerySelector("meta[name=keywords]")!.GetAttribute("content"));
        Assert.Equal(Hostile, dom.QuerySelector("h1")!.TextContent);
        Assert.Equal(Hostile, dom.QuerySelector("h2")!.TextContent);
        Assert.Equal(Hostile, dom.QuerySelector("article td")!.TextContent);
        Assert.Equal(Hostile, dom.QuerySelector(".table-scroll")!.GetAttribute("aria-label"));
        var boxes = dom.QuerySelectorAll("[role=img]");
        Assert.Equal(2, boxes.Length);
        // The placeholder box names itself; the chart's svg is named by its desc.
        Assert.All(boxes, b => Assert.Equal(Hostile, b.GetAttribute("aria-label") ?? b.QuerySelector("desc")!.TextContent));
        Assert.All(dom.QuerySelectorAll("figcaption"), c => Assert.Equal(Hostile, c.TextContent));
        Assert.Equal(Hostile, dom.QuerySelector(".signature .signer")!.TextContent);
        Assert.Equal(Hostile, dom.QuerySelector(".signature .date")!.TextContent);
    }

    [Fact]
    public void Bidi_controls_and_c0_controls_are_dropped_but_newline_and_tab_kept()
    {
        var raw = "甲\u202E乙\u202A\u202B\u202C\u202D丙\u2066\u2067\u2068\u2069丁\u200E\u200F\u061C戊\u0000\u0007\u001B\r\u0085\u007F己\n庚\t辛";
        var html = Render(With(new Paragraph(T(raw))));
        var dom = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.Equal("甲乙丙丁戊己\n庚\t辛", dom.QuerySelector("article > p")!.TextContent);
        foreach (var c in "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C\u0000\u0007\u001B\r\u0085\u007F")
            Assert.DoesNotContain(c, html);
    }

    [Fact]
    public void Bidi_controls_are_dropped_from_attributes()
    {
        var dom = Parse(With(new Figure(new PlaceholderFigure(), "图", "替代\u202E文本")));
        Assert.Equal("替代文本", dom.QuerySelector("[role=img]")!.GetAttribute("aria-label"));
    }

    [Fact]
    public void Lone_surrogate_becomes_replacement_character()
    {
        var dom = Parse(With(new Paragraph(T("a\uD800b😀"))));
        Assert.Equal("a\uFFFDb😀", dom.QuerySelector("article > p")!.TextContent);
    }

    [Fact]
    public void Same_document_gives_same_bytes()
    {
        Assert.Equal(Bytes(SampleDocuments.Small()), Bytes(SampleDocuments.Small()));
    }

    [Fact]
    public void One_writer_shared_across_threads_gives_same_bytes()
    {
        var writer = new HtmlWriter();
        var doc = SampleDocuments.Small();
        var expected = Bytes(doc);
        var results = new byte[32][];
        Parallel.For(0, results.Length, i =>
        {
            using var ms = new MemoryStream();
            writer.Write(doc, ms);
            results[i] = ms.ToArray();
        });
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Output_stream_is_left_open()
    {
        using var ms = new MemoryStream();
        new HtmlWriter().Write(SampleDocuments.Small(), ms);
        Assert.True(ms.CanWrite);
        Assert.True(ms.Length > 0);
    }
}
