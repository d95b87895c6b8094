using System.Collections.Immutable;
using DocumentFormat.OpenXml.Wordprocessing;
using Block = ReportGen.Documents.Document.Block;
using Doc = ReportGen.Documents.Document;
using ReportDocument = ReportGen.Documents.Document.ReportDocument;
using SampleDocuments = ReportGen.Tooling.Documents.SampleDocuments;
using static ReportGen.Documents.Tests.Docx.DocxTestHelpers;
using WTable = DocumentFormat.OpenXml.Wordprocessing.Table;

namespace ReportGen.Documents.Tests.Docx;

public class DocxTableTests
{
    private static WTable[] DataTables(ReportDocument document)
    {
        using var doc = Open(document);
        // Figure placeholders are one-cell tables too; data tables carry their summary as tblCaption.
        return doc.MainDocumentPart!.Document!.Body!.Elements<WTable>()
            .Where(t => t.GetFirstChild<TableProperties>()!.TableCaption?.Val?.Value is "收到和处理政府信息公开申请情况")
            .Select(t => (WTable)t.CloneNode(true))
            .ToArray();
    }

    [Fact]
    public void Small_sample_table_has_merges_where_the_model_says()
    {
        var table = Assert.Single(DataTables(SampleDocuments.Small()));
        Assert.Equal(new[]
        {
            "0+1^:项目 | 1+3:申请人情况",
            "0+1|: | 1+1:自然人 | 2+1:法人或其他组织 | 3+1:总计",
            "0+1:一、本年新收政府信息公开申请数量 | 1+1:12 | 2+1:3 | 3+1:15",
            "0+1^:三、本年度办理结果 | 1+1:1 | 2+1:0 | 3+1:1",
            "0+1|: | 1+1:5 | 2+1:1 | 3+1:6",
        }, DocxTableReader.Layout(table));
    }

    [Fact]
    public void Ten_column_table_with_three_header_rows_resolves_every_span()
    {
        var document = SampleDocuments.Small() with
        {
            Blocks = ImmutableArray.Create<Block>(DocxTestDocuments.ApplicationTable()),
        };
        var table = Assert.Single(DataTables(document));
        string N(int seed) => string.Join(" | ", Enumerable.Range(0, 7).Select(i => $"{3 + i}+1:{seed * 7 + i}"));
        Assert.Equal(new[]
        {
            "0+3^:（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 3+7:申请人情况",
            "0+3|: | 3+1^:自然人 | 4+5:法人或其他组织 | 9+1^:总计",
            "0+3|: | 3+1|: | 4+1:商业企业 | 5+1:科研机构 | 6+1:社会公益组织 | 7+1:法律服务机构 | 8+1:其他 | 9+1|:",
            "0+3:一、本年新收政府信息公开申请数量 | " + N(1),
            "0+3:二、上年结转政府信息公开申请数量 | " + N(2),
            "0+1^:三、本年度办理结果 | 1+2:（一）予以公开 | " + N(3),
            "0+1|: | 1+2:（二）部分公开 | " + N(4),
            "0+1|: | 1+1^:（三）不予公开 | 2+1:1.属于国家秘密 | " + N(5),
            "0+1|: | 1+1|: | 2+1:2.其他法律行政法规禁止公开 | " + N(6),
        }, DocxTableReader.Layout(table));
    }

    [Fact]
    public void Header_rows_repeat_and_no_row_splits_across_pages()
    {
        var table = DataTables(DocxTestDocuments.Full()).Last();
        var rows = table.Elements<TableRow>().ToArray();
        Assert.Equal(9, rows.Length);
        Assert.Equal(new[] { true, true, true, false, false, false, false, false, false },
            rows.Select(r => r.TableRowProperties?.GetFirstChild<TableHeader>() is not null).ToArray());
        Assert.All(rows, r => Assert.NotNull(r.TableRowProperties?.GetFirstChild<CantSplit>()));
    }

    [Fact]
    public void Ten_columns_fill_the_text_block_in_wuhao_type()
    {
        var table = DataTables(DocxTestDocuments.Full()).Last();
        var grid = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => int.Parse(c.Width!.Value!)).ToArray();
        Assert.Equal(10, grid.Length);
        Assert.Equal(8844, grid.Sum()); // 156 mm
        Assert.Equal(TableLayoutValues.Fixed, table.GetFirstChild<TableProperties>()!.TableLayout!.Type!.Value);
        var sizes = table.Descendants<Run>().Select(r => r.RunProperties?.FontSize?.Val?.Value).Distinct().ToArray();
        Assert.Equal(new[] { "21" }, sizes); // 五号 10.5 pt
    }

    [Fact]
    public void Header_cells_are_centred_labels_left_numbers_centred()
    {
        var table = Assert.Single(DataTables(SampleDocuments.Small()));
        JustificationValues? Align(int row, int cell) => table.Elements<TableRow>().ElementAt(row)
            .Elements<TableCell>().ElementAt(cell).GetFirstChild<Paragraph>()!.ParagraphProperties!.Justification!.Val!.Value;
        Assert.Equal(JustificationValues.Center, Align(0, 0));  // 项目 (th)
        Assert.Equal(JustificationValues.Center, Align(1, 2));  // 法人或其他组织 (th)
        Assert.Equal(JustificationValues.Left, Align(2, 0));    // label
        Assert.Equal(JustificationValues.Center, Align(2, 1));  // number
    }

    [Fact]
    public void Numbers_in_a_default_left_column_are_centred_but_labels_stay_left()
    {
        var model = new Doc.Table(
            ImmutableArray.Create(new Doc.ColumnSpec(1), new Doc.ColumnSpec(1)),
            ImmutableArray<Doc.TableRow>.Empty,
            ImmutableArray.Create(new Doc.TableRow(ImmutableArray.Create(SampleDocuments.C("3,263"), SampleDocuments.C("12.5%"))),
                                  new Doc.TableRow(ImmutableArray.Create(SampleDocuments.C("其他"), SampleDocuments.C("2023年")))),
            null, "收到和处理政府信息公开申请情况");
        var document = SampleDocuments.Small() with { Blocks = ImmutableArray.Create<Block>(model) };
        var table = Assert.Single(DataTables(document));
        var aligns = table.Descendants<Paragraph>().Select(p => p.ParagraphProperties!.Justification!.Val!.Value).ToArray();
        Assert.Equal(new[] { JustificationValues.Center, JustificationValues.Center, JustificationValues.Left, JustificationValues.Left }, aligns);
    }

    [Fact]
    public void A_table_without_rows_writes_only_its_caption()
    {
        var model = new Doc.Table(ImmutableArray.Create(new Doc.ColumnSpec(1)), ImmutableArray<Doc.TableRow>.Empty,
            ImmutableArray<Doc.TableRow>.Empty, "表一", "空表");
        var document = SampleDocuments.Small() with { Blocks = ImmutableArray.Create<Block>(model) };
        using var doc = Open(document);
        var body = doc.MainDocumentPart!.Document!.Body!;
        Assert.Empty(body.Elements<WTable>());
        Assert.Equal("表一", body.Elements<Paragraph>().Single().InnerText);
    }

    [Fact]
    public void Table_borders_are_half_point_single_black_rules()
    {
        using var doc = Open(SampleDocuments.Small());
        var style = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "TableGrid");
        var borders = style.StyleTableProperties!.TableBorders!;
        foreach (var border in new BorderType?[] { borders.TopBorder, borders.BottomBorder, borders.LeftBorder, borders.RightBorder, borders.InsideHorizontalBorder, borders.InsideVerticalBorder })
        {
            Assert.Equal(BorderValues.Single, border!.Val!.Value);
            Assert.Equal(4u, border.Size!.Value); // eighths of a point
            Assert.Equal("000000", border.Color!.Value);
        }
    }
}
