using System.Collections.Immutable;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using ReportGen.Documents.Document;
using static ReportGen.Documents.Tests.Docx.DocxTestHelpers;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace ReportGen.Documents.Tests.Docx;

public class DocxChartTests
{
    private static readonly ImmutableArray<string> Years = ["2021年", "2022年", "2023年"];

    /// <summary>One figure of every kind, two series where the kind allows, a gap (NaN) and a picture used twice.</summary>
    internal static ReportDocument ChartDocument()
    {
        ChartSeries S(string name, params double[] values) => new(name, [.. values]);
        var blocks = ImmutableArray.Create<Block>(
            new Figure(new ChartFigure(ChartKind.Bar, Years, [S("主动公开", 2703, 3263, 3410), S("依申请公开", 16, 22, double.NaN)], "条"), "历年数量", "柱状图说明", 1),
            new Figure(new ChartFigure(ChartKind.StackedBar, Years, [S("网站", 10, 20, 30), S("微信", 5, 6, 7)], "条"), "渠道构成", "堆积柱状图", 2),
            new Figure(new ChartFigure(ChartKind.Line, Years, [S("访谈次数", 3, 4.5, 6)], "次"), "访谈走势", "折线图", 3),
            new Figure(new ChartFigure(ChartKind.Pie, ["网络申请", "信函申请"], [S("申请渠道", 1, 15)], "件"), "申请渠道", "饼图", 4),
            new Figure(new ChartFigure(ChartKind.Donut, ["已主动公开", "同意公开", "不存在"], [S("答复", 12, 2, 2)], "件"), "答复情况", "环形图", 5),
            new Figure(new ImageFigure([.. DocxTestDocuments.TinyPng], "image/png", 30, 20), "印章", "印章甲", 6),
            new Figure(new ImageFigure([.. DocxTestDocuments.TinyPng], "image/png", 30, 20), "印章", "印章乙", 7));
        return SampleDocuments.Small() with { Blocks = blocks };
    }

    private static List<(ChartFigure Chart, ChartPart Part, DW.Inline Inline)> Charts(WordprocessingDocument doc)
    {
        var main = doc.MainDocumentPart!;
        var figures = ChartDocument().Blocks.OfType<Figure>().Where(f => f.Content is ChartFigure).ToList();
        var inlines = main.Document!.Body!.Descendants<DW.Inline>().Where(i => i.Descendants<C.ChartReference>().Any()).ToList();
        Assert.Equal(figures.Count, inlines.Count);
        return figures.Zip(inlines, (f, i) => ((ChartFigure)f.Content, (ChartPart)main.GetPartById(i.Descendants<C.ChartReference>().Single().Id!.Value!), i)).ToList();
    }

    [Fact]
    public void Chart_part_caches_hold_the_model_categories_and_values()
    {
        using var doc = Open(ChartDocument());
        foreach (var (chart, part, _) in Charts(doc))
        {
            var series = part.ChartSpace!.Descendants<OpenXmlCompositeElement>().Where(e => e.LocalName == "ser").ToList();
            var expectedSeries = chart.Kind is ChartKind.Pie or ChartKind.Donut ? chart.Series.Take(1).ToList() : chart.Series.ToList();
            Assert.Equal(expectedSeries.Count, series.Count);
            for (var s = 0; s < series.Count; s++)
            {
                var name = series[s].GetFirstChild<C.SeriesText>()!.Descendants<C.StringPoint>().Single().InnerText;
                Assert.Equal(expectedSeries[s].Name, name);

                var categories = series[s].Descendants<C.CategoryAxisData>().Single().Descendants<C.StringPoint>()
                    .OrderBy(p => p.Index!.Value).Select(p => p.InnerText).ToList();
                Assert.Equal(chart.Categories, categories);

                var cache = series[s].Descendants<C.Values>().Single().Descendants<C.NumberingCache>().Single();
                Assert.Equal((uint)chart.Categories.Length, cache.PointCount!.Val!.Value);
                var points = cache.Elements<C.NumericPoint>().ToDictionary(p => (int)p.Index!.Value, p => double.Parse(p.InnerText, System.Globalization.CultureInfo.InvariantCulture));
                for (var i = 0; i < chart.Categories.Length; i++)
                {
                    var expected = expectedSeries[s].Values[i];
                    if (double.IsNaN(expected)) Assert.False(points.ContainsKey(i));
                    else Assert.Equal(expected, points[i]);
                }
            }
        }
    }

    [Fact]
    public void Chart_kind_maps_to_the_native_chart_type()
    {
        using var doc = Open(ChartDocument());
        var types = Charts(doc).Select(c => c.Part.ChartSpace!.Descendants<C.PlotArea>().Single()
            .ChildElements.Single(e => e.LocalName.EndsWith("Chart", StringComparison.Ordinal)).LocalName).ToList();
        Assert.Equal(["barChart", "barChart", "lineChart", "pieChart", "doughnutChart"], types);
        var grouping = Charts(doc).Take(2).Select(c => c.Part.ChartSpace!.Descendants<C.BarGrouping>().Single().Val!.Value).ToList();
        Assert.Equal([C.BarGroupingValues.Clustered, C.BarGroupingValues.Stacked], grouping);
        // No 3-D anywhere, value labels on every chart, percentages on pies.
        foreach (var (chart, part, _) in Charts(doc))
        {
            Assert.Empty(part.ChartSpace!.Descendants<C.View3D>());
            Assert.All(part.ChartSpace.Descendants<C.DataLabels>(), l => Assert.True(l.GetFirstChild<C.ShowValue>()!.Val!.Value));
            var pie = chart.Kind is ChartKind.Pie or ChartKind.Donut;
            Assert.All(part.ChartSpace.Descendants<C.DataLabels>(), l => Assert.Equal(pie, l.GetFirstChild<C.ShowPercent>()!.Val!.Value));
        }
    }

    [Fact]
    public void Value_axis_title_carries_the_unit_and_the_chart_spans_the_text_block()
    {
        using var doc = Open(ChartDocument());
        var (_, part, inline) = Charts(doc)[0];
        Assert.Equal("单位：条", part.ChartSpace!.Descendants<C.ValueAxis>().Single().GetFirstChild<C.Title>()!.InnerText);
        Assert.Equal(156.0, inline.Extent!.Cx!.Value / 36000.0, 0);
        Assert.Equal("柱状图说明", inline.DocProperties!.Description!.Value);
    }

    [Fact]
    public void Embedded_workbook_holds_the_same_numbers()
    {
        using var doc = Open(ChartDocument());
        foreach (var (chart, part, _) in Charts(doc))
        {
            var embedded = part.EmbeddedPackagePart!;
            Assert.Equal(part.ChartSpace!.Descendants<C.ExternalData>().Single().Id!.Value, part.GetIdOfPart(embedded));
            using var stream = embedded.GetStream();
            using var book = SpreadsheetDocument.Open(stream, false);
            var sheetPart = book.WorkbookPart!.WorksheetParts.Single();
            Assert.Equal("Sheet1", book.WorkbookPart.Workbook!.Descendants<Sheet>().Single().Name!.Value);
            var cells = sheetPart.Worksheet!.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!, c => c.InlineString?.InnerText ?? c.CellValue!.Text);
            for (var s = 0; s < chart.Series.Length; s++)
            {
                var column = (char)('B' + s);
                Assert.Equal(chart.Series[s].Name, cells[$"{column}1"]);
                for (var i = 0; i < chart.Categories.Length; i++)
                {
                    Assert.Equal(chart.Categories[i], cells[$"A{i + 2}"]);
                    var expected = chart.Series[s].Values[i];
                    if (double.IsNaN(expected)) Assert.False(cells.ContainsKey($"{column}{i + 2}"));
                    else Assert.Equal(expected, double.Parse(cells[$"{column}{i + 2}"], System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }
    }

    [Fact]
    public void The_same_picture_used_twice_is_one_image_part()
    {
        using var doc = Open(ChartDocument());
        var main = doc.MainDocumentPart!;
        Assert.Single(main.ImageParts);
        var embeds = main.Document!.Body!.Descendants<DocumentFormat.OpenXml.Drawing.Blip>().Select(b => b.Embed!.Value).ToList();
        Assert.Equal(2, embeds.Count);
        Assert.Single(embeds.Distinct());
        // Each drawing still has its own docPr id and alt text.
        var docPr = main.Document.Body.Descendants<DW.DocProperties>().ToList();
        Assert.Equal(docPr.Count, docPr.Select(d => d.Id!.Value).Distinct().Count());
        Assert.Contains(docPr, d => d.Description?.Value == "印章乙");
    }

    [Fact]
    public void Writing_twice_gives_the_same_bytes()
    {
        Assert.Equal(WriteBytes(ChartDocument()), WriteBytes(ChartDocument()));
    }

    [Fact]
    public void Validator_reports_no_errors_for_every_chart_kind()
    {
        using var doc = Open(ChartDocument());
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}

public class DocxChartEdgeCaseTests
{
    public static TheoryData<ChartKind> Kinds => new(Enum.GetValues<ChartKind>());

    /// <summary>Charts the data stage may still hand over: nothing to draw, gaps only, negatives.</summary>
    [Theory]
    [MemberData(nameof(Kinds))]
    public void Empty_gappy_and_negative_charts_still_validate(ChartKind kind)
    {
        var blocks = ImmutableArray.Create<Block>(
            new Figure(new ChartFigure(kind, [], [], ""), "空图", "无数据", 1),
            new Figure(new ChartFigure(kind, ["甲", "乙"], [new ChartSeries("缺", [double.NaN, double.NaN])], "条"), "缺数", "缺数", 2),
            new Figure(new ChartFigure(kind, ["甲", "乙"], [new ChartSeries("负", [-3, 5])], "万元"), "负数", "负数", 3));
        using var doc = Open(SampleDocuments.Small() with { Blocks = blocks });
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.Equal(3, doc.MainDocumentPart!.ChartParts.Count());
    }
}
