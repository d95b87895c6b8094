using System.Collections.Immutable;
using ReportGen.Documents.Document;
using ReportGen.Documents.Layout;
using ReportGen.Documents.Layout.Pages;
using ReportGen.Documents.Layout.Tables;
using ReportGen.Documents.Layout.Text;
using static ReportGen.Tooling.Documents.SampleDocuments;

namespace ReportGen.Documents.Tests.Layout;

public class TableLayoutTests
{
    private static readonly PageGeometry G = PageGeometry.GbT9704;

    private static Table SampleTable() => (Table)Small().Blocks.Single(b => b is Table);

    private static Table LongTable(int rows)
    {
        var body = Enumerable.Range(1, rows).Select(i => new TableRow([C($"第{i}行"), C(i.ToString()), C("0")])).ToImmutableArray();
        return new Table([new ColumnSpec(2), new ColumnSpec(1, CellAlignment.Center), new ColumnSpec(1, CellAlignment.Center)],
            [new TableRow([C("项目", th: true), C("数量", th: true), C("其他", th: true)])], body, null, "长表");
    }

    [Fact]
    public void Spans_resolve_to_grid_slots()
    {
        var grid = new TableGrid(SampleTable());
        Assert.Equal(5, grid.Rows);
        Assert.Equal(4, grid.Columns);
        // Row 2 of the header starts at column 1 because 项目 spans two rows.
        var natural = grid.Cells.Single(c => c.Cell.PlainText == "自然人");
        Assert.Equal((1, 1), (natural.Row, natural.Column));
        var applicant = grid.Cells.Single(c => c.Cell.PlainText == "申请人情况");
        Assert.Equal((0, 1, 3), (applicant.Row, applicant.Column, applicant.ColSpan));
        var five = grid.Cells.Single(c => c.Cell.PlainText == "5");
        Assert.Equal((4, 1), (five.Row, five.Column));
    }

    [Fact]
    public void Merged_cells_cover_the_rows_and_columns_they_span()
    {
        var m = TableLayouter.Measure(SampleTable(), new FontStack([new FixedFont()]), G.BlockWidth);
        Assert.Equal(G.BlockWidth, m.ColumnEdges[^1], 3);
        var result = DocumentLayouter.Layout(new ReportDocument(Small().Metadata, [SampleTable()]), new FixedFontProvider());
        var rects = result.Pages[0].Items.OfType<RectItem>().ToList();
        Assert.Equal(16, rects.Count);
        var top = rects.Min(r => r.Y);
        var project = rects.First();
        Assert.Equal(m.RowHeights[0] + m.RowHeights[1], project.Height, 3);
        var applicant = rects[1];
        Assert.Equal(m.ColumnEdges[4] - m.ColumnEdges[1], applicant.Width, 3);
        // Every column is at least as wide as its longest unbreakable word.
        Assert.All(Enumerable.Range(0, 4), c => Assert.True(m.ColumnEdges[c + 1] - m.ColumnEdges[c] >= 12 + 2 * TableLayouter.Padding - 0.01));
        Assert.Equal(G.Top, top, 3);
    }

    [Fact]
    public void Rowspan_rows_form_one_unbreakable_group()
    {
        var m = TableLayouter.Measure(SampleTable(), new FontStack([new FixedFont()]), G.BlockWidth);
        Assert.Equal([(2, 3), (3, 5)], m.BodyGroups);
    }

    [Fact]
    public void Header_rows_repeat_after_a_page_break_as_artifacts()
    {
        var result = DocumentLayouter.Layout(new ReportDocument(Small().Metadata, [LongTable(60)]), new FixedFontProvider());
        Assert.True(result.Pages.Count >= 2);
        foreach (var page in result.Pages)
        {
            var header = page.Items.OfType<GlyphRun>().First();
            Assert.Equal("项目", header.Text);
            Assert.Equal(G.Top, page.Items.OfType<RectItem>().Min(r => r.Y), 3);
        }
        var repeated = result.Pages[1].Items.OfType<GlyphRun>().First();
        Assert.Equal(-1, repeated.StructId);
        var rows = result.Pages.SelectMany(p => p.Items.OfType<GlyphRun>()).Count(r => r.Text.StartsWith("第") && r.StructId >= 0);
        Assert.Equal(60, rows);
        Assert.All(result.Pages, p => Assert.True(p.Items.OfType<RectItem>().Max(r => r.Y + r.Height) <= G.Bottom + 0.01));
    }

    [Fact]
    public void Ten_column_table_fits_the_block_at_a_legible_size()
    {
        var cols = Enumerable.Range(0, 10).Select(i => new ColumnSpec(i < 3 ? 2 : 1, CellAlignment.Center)).ToImmutableArray();
        var header = new TableRow([.. new[] { "项目", "", "", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计" }.Select(s => C(s, th: true))]);
        var row = new TableRow([.. Enumerable.Range(0, 10).Select(i => C(i < 3 ? "（三）不予公开" : "1234"))]);
        var table = new Table(cols, [header], [row], null, "表三");
        var m = TableLayouter.Measure(table, new FontStack([new FixedFont()]), G.BlockWidth);
        Assert.Equal(10.5, m.FontSize);
        Assert.Equal(G.BlockWidth, m.ColumnEdges[^1], 3);
        for (var c = 0; c < 10; c++) Assert.True(m.ColumnEdges[c + 1] - m.ColumnEdges[c] >= 2 * 10.5 + 2 * TableLayouter.Padding - 0.01);
    }

    [Fact]
    public void A_rowspan_group_taller_than_a_page_is_split_between_rows()
    {
        var rows = new List<TableRow> { new([C("三、本年度办理结果", rs: 40), C("1"), C("2")]) };
        for (var i = 1; i < 40; i++) rows.Add(new TableRow([C($"{i}行"), C("2")]));
        var table = new Table([new ColumnSpec(1), new ColumnSpec(1), new ColumnSpec(1)],
            [new TableRow([C("项目", th: true), C("甲", th: true), C("乙", th: true)])], [.. rows], null, "长分组");
        var result = DocumentLayouter.Layout(new ReportDocument(Small().Metadata, [table]), new FixedFontProvider());
        Assert.Equal(2, result.Pages.Count);
        foreach (var page in result.Pages)
        {
            Assert.True(page.Items.OfType<RectItem>().Max(r => r.Y + r.Height) <= G.Bottom + 0.01);
            Assert.Equal("项目", page.Items.OfType<GlyphRun>().First().Text);
        }
        // The spanning cell's text is drawn once; its frame continues on page 2 from the header down.
        Assert.Single(result.Pages.SelectMany(p => p.Items.OfType<GlyphRun>()), r => r.Text == "三、本年度办理结果");
        var m = TableLayouter.Measure(table, new FontStack([new FixedFont()]), G.BlockWidth);
        var continued = result.Pages[1].Items.OfType<RectItem>().Where(r => r.X == G.Left).OrderBy(r => r.Y).ToList();
        Assert.Equal(G.Top + m.HeaderHeight, continued[1].Y, 3);
    }

    [Fact]
    public void A_heading_before_a_table_whose_first_group_spans_pages_stays_with_the_table()
    {
        var rows = new List<TableRow> { new([C("三、本年度办理结果", rs: 40), C("1"), C("2")]) };
        for (var i = 1; i < 40; i++) rows.Add(new TableRow([C($"{i}行"), C("2")]));
        var table = new Table([new ColumnSpec(1), new ColumnSpec(1), new ColumnSpec(1)],
            [new TableRow([C("项目", th: true), C("甲", th: true), C("乙", th: true)])], [.. rows], null, "长分组");
        var filler = new Paragraph(T(string.Concat(Enumerable.Repeat("政府信息公开", 30))));
        var result = DocumentLayouter.Layout(new ReportDocument(Small().Metadata, [filler, new Heading(1, T("三、收到和处理政府信息公开申请情况")), table]), new FixedFontProvider());
        var headingPage = result.Pages.First(p => p.Items.OfType<GlyphRun>().Any(r => r.Text.StartsWith("三、收到")));
        Assert.Contains(headingPage.Items.OfType<GlyphRun>(), r => r.Text == "项目" && r.StructId >= 0);
        Assert.Same(result.Pages[0], headingPage);
    }

    [Fact]
    public void The_last_table_row_goes_with_a_signature_that_would_be_alone()
    {
        var m = TableLayouter.Measure(LongTable(1), new FontStack([new FixedFont()]), G.BlockWidth);
        var rowHeight = m.RowHeights[1];
        // Rows that fill the page up to just under the bottom: the signature (3 lines) cannot follow.
        var rows = (int)Math.Floor((G.BlockHeight - m.HeaderHeight - 0.6) / rowHeight);
        var result = DocumentLayouter.Layout(new ReportDocument(Small().Metadata,
            [LongTable(rows), new SignatureBlock(["示例区人民政府办公室"], "2024年1月20日")]), new FixedFontProvider());
        Assert.Equal(2, result.Pages.Count);
        var page2 = result.Pages[1].Items.OfType<GlyphRun>().Select(r => r.Text).ToList();
        Assert.Contains($"第{rows}行", page2);
        Assert.Contains("示例区人民政府办公室", page2);
    }

    [Fact]
    public void A_split_spanning_cell_continues_its_text_on_the_next_page_inside_the_block()
    {
        var label = string.Concat(Enumerable.Repeat("三、本年度办理结果", 6));
        var rows = new List<TableRow> { new([C(label, rs: 40), C("1"), C("2")]) };
        for (var i = 1; i < 40; i++) rows.Add(new TableRow([C($"{i}行"), C("2")]));
        var table = new Table([new ColumnSpec(1), new ColumnSpec(4), new ColumnSpec(4)],
            [new TableRow([C("项目", th: true), C("甲", th: true), C("乙", th: true)])], [.. rows], null, "长分组");
        // Filler leaves room for the header and about one body row on page 1.
        var filler = new Paragraph(T(string.Concat(Enumerable.Repeat("政", 28 * 17 - 2))));
        var result = DocumentLayouter.Layout(new ReportDocument(Small().Metadata, [filler, table]), new FixedFontProvider());
        foreach (var page in result.Pages)
            Assert.All(page.Items.OfType<GlyphRun>().Where(r => r.StructId >= 0), r => Assert.True(r.Baseline <= G.Bottom, r.Text));
        var m = TableLayouter.Measure(table, new FontStack([new FixedFont()]), G.BlockWidth);
        var spanning = m.Cells[3];
        var labelRuns = result.Pages.SelectMany(p => p.Items.OfType<GlyphRun>()).Where(r => r.X[0] < G.Left + m.ColumnEdges[1] && r.StructId >= 0 && r.Text.All(c => "三、本年度办理结果".Contains(c)));
        Assert.Equal(label, string.Concat(labelRuns.Select(r => r.Text)));
        Assert.True(spanning.Lines.Count > 1);
    }
}
