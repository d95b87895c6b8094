using System.Collections.Immutable;
using ReportGen.Documents.Document;
using ReportGen.Documents.Layout;
using ReportGen.Documents.Layout.Pages;
using ReportGen.Documents.Layout.Tables;
using static ReportGen.Tooling.Documents.SampleDocuments;

namespace ReportGen.Documents.Tests.Layout;

/// <summary>Tables across pages, read back from the page frames (fake font: CJK 1 em, ASCII ½ em).</summary>
public class TableFlowTests
{
    private static readonly PageGeometry G = PageGeometry.GbT9704;

    private static LayoutResult Lay(params Block[] blocks)
        => DocumentLayouter.Layout(new ReportDocument(Small().Metadata, [.. blocks]), new FixedFontProvider());

    private static string Body(int chars) => string.Concat(Enumerable.Range(0, chars).Select(i => "政府信息公开工作年度报告"[i % 12]));

    private static Table Rows(int count, Func<int, TableRow>? row = null) => new(
        [new ColumnSpec(2), new ColumnSpec(1, CellAlignment.Center), new ColumnSpec(1, CellAlignment.Center)],
        [new TableRow([C("项目", th: true), C("数量", th: true), C("其他", th: true)])],
        [.. Enumerable.Range(1, count).Select(row ?? (i => new TableRow([C($"第{i}行"), C(i.ToString()), C("0")])))],
        null, "表");

    /// <summary>Body rows (by their first cell's text) with content on each page.</summary>
    private static List<List<string>> BodyRowsPerPage(LayoutResult result)
    {
        var rowOf = new Dictionary<int, int>();
        var table = result.Structure.Children.Single(c => c.Type == "Table");
        var body = table.Children.Single(c => c.Type == "TBody");
        for (var r = 0; r < body.Children.Count; r++)
            foreach (var cell in body.Children[r].Children) rowOf[cell.Id] = r;
        return result.Pages.Select(p => p.Items.OfType<GlyphRun>().Where(g => rowOf.ContainsKey(g.StructId))
            .Select(g => rowOf[g.StructId]).Distinct().Select(r => r.ToString()).ToList()).ToList();
    }

    [Fact]
    public void A_table_whose_first_three_rows_do_not_fit_starts_on_the_next_page_with_its_heading()
    {
        // Nineteen lines of text leave three grid lines (87 pt): header and two rows (67 pt) would
        // fit, the third row (89 pt) would not.
        var result = Lay(new Paragraph(T(Body(26 + 18 * 28))), new Heading(1, T("三、表格")), Rows(10));
        var perPage = BodyRowsPerPage(result);
        Assert.Empty(perPage[0]);
        Assert.Equal(10, perPage[1].Count);
        Assert.Contains(result.Pages[1].Items.OfType<GlyphRun>(), r => r.Text == "三、表格");
    }

    [Fact]
    public void No_table_starts_with_fewer_than_three_body_rows_at_a_page_foot()
    {
        for (var lines = 10; lines <= 21; lines++)
        {
            var result = Lay(new Paragraph(T(Body(26 + (lines - 1) * 28))), Rows(12));
            var first = BodyRowsPerPage(result).First(p => p.Count > 0);
            Assert.True(first.Count >= 3, $"{lines} lines before the table: {first.Count} rows on its first page");
        }
    }

    [Fact]
    public void A_group_continuing_on_the_next_page_repeats_its_label_marked_continued()
    {
        // 「三、本年度办理结果」 spans 40 rows: more than a page. Its label is content on the first
        // page and an artifact 「…（续）」 on the next.
        var table = Rows(40, i => i == 1
            ? new TableRow([C("三、本年度办理结果", rs: 40), C("1"), C("0")])
            : new TableRow([C(i.ToString()), C("0")]));
        table = table with { Columns = [new ColumnSpec(1), new ColumnSpec(1, CellAlignment.Center), new ColumnSpec(1, CellAlignment.Center)] };
        var result = Lay(table);
        Assert.True(result.Pages.Count >= 2);
        string Text(PageFrame p, bool content) => string.Concat(p.Items.OfType<GlyphRun>().Where(r => (r.StructId >= 0) == content).Select(r => r.Text));
        Assert.Contains("三、本年度办理结果", Text(result.Pages[0], true));
        Assert.DoesNotContain(TableLayouter.ContinuationMark, Text(result.Pages[0], false));
        Assert.Contains("三、本年度办理结果" + TableLayouter.ContinuationMark, Text(result.Pages[1], false));
        Assert.DoesNotContain("三、本年度办理结果", Text(result.Pages[1], true));
    }

    [Fact]
    public void Numbers_sit_on_the_vertical_centre_of_their_row()
    {
        // The label wraps to three lines; the numbers beside it are centred, not on its last line.
        var label = "二、上年结转政府信息公开申请数量以及其他需要说明的事项和情况，" + Body(60);
        var result = Lay(Rows(2, i => new TableRow([C(i == 1 ? label : "一行"), C("123"), C("45")])));
        var page = result.Pages[0];
        var rects = page.Items.OfType<RectItem>().ToList();
        foreach (var run in page.Items.OfType<GlyphRun>().Where(r => r.Text is "123" or "45"))
        {
            var cell = rects.Single(r => r.X <= run.X[0] && run.X[0] <= r.X + r.Width && r.Y <= run.Baseline && run.Baseline <= r.Y + r.Height);
            // The em box spans 0.88 em above the baseline to 0.12 em below: its centre is 0.38 em up.
            var centre = run.Baseline - 0.38 * run.Size;
            Assert.InRange(centre - (cell.Y + cell.Height / 2), -0.5 * PageGeometry.PointsPerMm, 0.5 * PageGeometry.PointsPerMm);
        }
        var labelLines = page.Items.OfType<GlyphRun>().Where(r => r.StructId >= 0 && r.Text.Length > 2 && label.Contains(r.Text)).Select(r => r.Baseline).Distinct().Count();
        Assert.True(labelLines >= 3, $"{labelLines} label lines");
    }

    [Fact]
    public void A_narrow_group_column_is_never_narrower_than_a_word_of_its_labels()
    {
        var table = Table3(Rows(0));
        var m = TableLayouter.Measure(table, new Documents.Layout.Text.FontStack([new FixedFont()]), G.BlockWidth);
        var group = m.Cells.Single(c => c.Grid.Cell.PlainText == "三、本年度办理结果");
        // The column is at least a word wide (本年度), and every line break falls between words.
        Assert.True(m.ColumnEdges[1] - m.ColumnEdges[0] >= 3 * m.FontSize + 2 * m.Padding - 0.01);
        Assert.True(group.Lines.Count >= 2);
        Assert.All(group.Lines.Skip(1), l => Assert.Contains(l.Start, new[] { 2, 5, 7 }));
    }

    private static Table Table3(Table shape) => shape with
    {
        Columns = [new ColumnSpec(0.6), new ColumnSpec(0.8), new ColumnSpec(2.2), .. Enumerable.Range(0, 7).Select(_ => new ColumnSpec(1, CellAlignment.Center))],
        HeaderRows = [new TableRow([C("项目", cs: 3, th: true), .. Enumerable.Range(0, 7).Select(i => C("列" + i, th: true))])],
        BodyRows = [.. Enumerable.Range(0, 6).Select(i => new TableRow([
            .. i == 0 ? new[] { C("三、本年度办理结果", rs: 6) } : [],
            .. i % 3 == 0 ? new[] { C("（三）不予公开", rs: 3) } : [],
            C($"{i + 1}.属于国家秘密"), .. Enumerable.Range(0, 7).Select(_ => C("0"))]))],
    };
}
