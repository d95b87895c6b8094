using System.Collections.Immutable;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ReportGen.Documents.Document;
using static ReportGen.Tooling.Documents.SampleDocuments;
using static ReportGen.Documents.Tests.Html.HtmlTestSupport;

namespace ReportGen.Documents.Tests.Html;

public class HtmlWriterTableTests
{
    private static Table SampleTable() => SampleDocuments.Small().Blocks.OfType<Table>().Single();

    private static IElement RenderTable(Table table) => Parse(With(table)).QuerySelector("article table")!;

    [Fact]
    public void Summary_becomes_visually_hidden_caption_when_nothing_is_printed()
    {
        var caption = RenderTable(SampleTable()).QuerySelector("caption")!;
        Assert.Equal("收到和处理政府信息公开申请情况", caption.TextContent);
        Assert.Equal("sr-only", caption.ClassName);
    }

    [Fact]
    public void Printed_caption_is_visible()
    {
        var caption = RenderTable(SampleTable() with { Caption = "表1 申请情况" }).QuerySelector("caption")!;
        Assert.Equal("表1 申请情况", caption.TextContent);
        Assert.False(caption.HasAttribute("class"));
    }

    [Fact]
    public void Header_rows_go_to_thead_and_body_rows_to_tbody()
    {
        var model = SampleTable();
        var table = RenderTable(model);
        Assert.Equal(model.HeaderRows.Length, table.QuerySelectorAll("thead > tr").Length);
        Assert.Equal(model.BodyRows.Length, table.QuerySelectorAll("tbody > tr").Length);
    }

    [Fact]
    public void Every_cell_keeps_its_text_and_spans_from_the_model()
    {
        var model = SampleTable();
        var table = RenderTable(model);
        var expected = model.HeaderRows.Concat(model.BodyRows)
            .Select(r => r.Cells.Select(c => (c.PlainText, c.RowSpan, c.ColSpan)).ToList()).ToList();
        var actual = table.QuerySelectorAll("tr")
            .Select(r => r.Children.OfType<IHtmlTableCellElement>().Select(c => (c.TextContent, c.RowSpan, c.ColumnSpan)).ToList()).ToList();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Spanning_header_gets_colgroup_scope_others_col_scope()
    {
        var table = RenderTable(SampleTable());
        var scopes = table.QuerySelectorAll("thead th").Select(th => (th.TextContent, th.GetAttribute("scope")!)).ToList();
        Assert.Equal(new[] { ("项目", "col"), ("申请人情况", "colgroup"), ("自然人", "col"), ("法人或其他组织", "col"), ("总计", "col") }, scopes);
        Assert.Empty(table.QuerySelectorAll("thead td"));
    }

    [Fact]
    public void Column_groups_follow_the_top_header_row_and_carry_weights()
    {
        var table = RenderTable(SampleTable());
        var groups = table.QuerySelectorAll("colgroup").Select(g => g.QuerySelectorAll("col").Length).ToList();
        Assert.Equal(new[] { 1, 3 }, groups);
        // Desktop widths by weight (--pct); phone widths in em (--em): the label column's share, a
        // number column at least 3 em and never narrower than its longest word (自然人 + padding).
        var widths = table.QuerySelectorAll("col").Select(c => c.GetAttribute("style")).ToList();
        Assert.Equal(new[] { "--pct: 50%; --em: 12em", "--pct: 16.67%; --em: 3.8em", "--pct: 16.67%; --em: 3.8em", "--pct: 16.67%; --em: 3em" }, widths);
    }

    [Fact]
    public void Body_header_cells_are_row_headers_and_data_cells_are_td()
    {
        var table = RenderTable(new Table(
            ImmutableArray.Create(new ColumnSpec(2), new ColumnSpec(1, CellAlignment.Right)),
            ImmutableArray.Create(new TableRow(ImmutableArray.Create(C("项目", th: true), C("数量", th: true)))),
            ImmutableArray.Create(
                new TableRow(ImmutableArray.Create(C("行政许可", th: true), C("12"))),
                new TableRow(ImmutableArray.Create(C("行政处罚", th: true), C("3")))),
            null, "表"));
        var rowHeaders = table.QuerySelectorAll("tbody th");
        Assert.Equal(new[] { "行政许可", "行政处罚" }, rowHeaders.Select(th => th.TextContent));
        Assert.All(rowHeaders, th => Assert.Equal("row", th.GetAttribute("scope")));
        Assert.Equal(new[] { "12", "3" }, table.QuerySelectorAll("tbody td").Select(td => td.TextContent));
    }

    [Fact]
    public void Alignment_comes_from_cell_then_column_and_header_cells_are_centred()
    {
        var table = RenderTable(SampleTable());
        static string Align(AngleSharp.Dom.IElement e) => e.ClassList.Single(c => c.StartsWith("al-", StringComparison.Ordinal));
        Assert.All(table.QuerySelectorAll("thead th"), th => Assert.Equal("al-c", Align(th)));
        var firstRow = table.QuerySelectorAll("tbody tr")[0].Children.Select(Align).ToList();
        Assert.Equal(new[] { "al-l", "al-c", "al-c", "al-c" }, firstRow);
        // Row 3 starts in column 1 because column 0 is covered by the rowspan above: centred, not left.
        var thirdRow = table.QuerySelectorAll("tbody tr")[2].Children.Select(Align).ToList();
        Assert.Equal(new[] { "al-c", "al-c", "al-c" }, thirdRow);

        var explicitRight = RenderTable(SampleTable() with
        {
            BodyRows = ImmutableArray.Create(new TableRow(ImmutableArray.Create(C("x", a: CellAlignment.Right), C("1"), C("2"), C("3"))))
        });
        Assert.Equal("al-r", Align(explicitRight.QuerySelector("tbody td")!));
        // The label column (declared left) stays in view on a phone: its cells are sticky, numbers are not.
        Assert.All(table.QuerySelectorAll("tbody tr")[0].Children.Skip(1), c => Assert.DoesNotContain("lc", c.ClassList));
        Assert.Contains("lc", table.QuerySelectorAll("tbody tr")[0].Children[0].ClassList);
    }

    [Fact]
    public void Table_three_header_shape_round_trips()
    {
        // The 3-row head of table 三: corner rowspan 3 × colspan 3, nested applicant groups.
        var cols = Enumerable.Range(0, 10).Select(_ => new ColumnSpec(1)).ToImmutableArray();
        var head = ImmutableArray.Create(
            new TableRow(ImmutableArray.Create(C("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", rs: 3, cs: 3, th: true), C("申请人情况", cs: 7, th: true))),
            new TableRow(ImmutableArray.Create(C("自然人", rs: 2, th: true), C("法人或其他组织", cs: 5, th: true), C("总计", rs: 2, th: true))),
            new TableRow(ImmutableArray.Create(C("商业企业", th: true), C("科研机构", th: true), C("社会公益组织", th: true), C("法律服务机构", th: true), C("其他", th: true))));
        var body = ImmutableArray.Create(
            new TableRow(ImmutableArray.Create(C("一、本年新收政府信息公开申请数量", cs: 3, th: true))
                .AddRange(Enumerable.Range(0, 7).Select(i => C(i.ToString())))));
        var table = RenderTable(new Table(cols, head, body, null, "收到和处理政府信息公开申请情况"));

        var ths = table.QuerySelectorAll("thead th").Cast<IHtmlTableHeaderCellElement>().ToList();
        Assert.Equal(10, ths.Count);
        Assert.Equal((3, 3, "colgroup"), (ths[0].RowSpan, ths[0].ColumnSpan, ths[0].Scope));
        Assert.Equal((1, 7, "colgroup"), (ths[1].RowSpan, ths[1].ColumnSpan, ths[1].Scope));
        Assert.Equal((2, 1, "col"), (ths[2].RowSpan, ths[2].ColumnSpan, ths[2].Scope));
        Assert.Equal((1, 5, "colgroup"), (ths[3].RowSpan, ths[3].ColumnSpan, ths[3].Scope));
        Assert.Equal(new[] { 3, 7 }, table.QuerySelectorAll("colgroup").Select(g => g.QuerySelectorAll("col").Length));
        var rowHeader = (IHtmlTableHeaderCellElement)table.QuerySelector("tbody th")!;
        Assert.Equal(("row", 3), (rowHeader.Scope, rowHeader.ColumnSpan));
        Assert.Equal(7, table.QuerySelectorAll("tbody td").Length);
    }

    [Fact]
    public void Rowspan_past_the_end_of_its_row_group_is_clipped_as_html_renders_it()
    {
        var table = RenderTable(SampleTable() with
        {
            HeaderRows = ImmutableArray.Create(new TableRow(ImmutableArray.Create(C("项目", rs: 5, th: true), C("a", th: true), C("b", th: true), C("c", th: true))))
        });
        var th = (IHtmlTableHeaderCellElement)table.QuerySelector("thead th")!;
        Assert.Equal(1, th.RowSpan);
        Assert.False(th.HasAttribute("rowspan"));
    }

    [Fact]
    public void Wide_table_scrolls_in_a_named_focusable_region()
    {
        var region = Parse(With(SampleTable())).QuerySelector("article > .table-scroll")!;
        Assert.Equal("region", region.GetAttribute("role"));
        Assert.Equal("0", region.GetAttribute("tabindex"));
        Assert.Equal("收到和处理政府信息公开申请情况", region.GetAttribute("aria-label"));
        Assert.NotNull(region.QuerySelector(":scope > table"));
    }
}
