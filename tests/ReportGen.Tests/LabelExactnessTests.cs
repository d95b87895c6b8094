using ReportGen.Documents.Document;

namespace ReportGen.Tests;

/// <summary>
/// Every heading and table label of the rendered document equals the official text character for
/// character (R21), including merged cells; compared with the official labels in Reference/tables-2021.yaml (2021 and the 2019 differences).
/// </summary>
public sealed class LabelExactnessTests
{
    private static readonly OfficialFormat Official = OfficialFormat.Load();

    private static ReportDocument Render2021() => TestRepo.Render(Path.Combine(TestRepo.Root, "data", "yunxi", "2024.yaml"));

    private static Table TableUnder(ReportDocument document, string heading)
    {
        var index = document.Blocks.ToList().FindIndex(b => b is Heading h && h.PlainText == heading);
        Assert.True(index >= 0, $"heading {heading} not found");
        return Assert.IsType<Table>(document.Blocks[index + 1]);
    }

    [Fact]
    public void Six_section_headings_in_order()
    {
        var headings = Render2021().Blocks.OfType<Heading>().Where(h => h.Level == 1).Select(h => h.PlainText).ToList();
        Assert.Equal(Official.SectionHeadings, headings);
    }

    [Fact]
    public void Overview_subtopics_in_order()
    {
        Assert.Equal(Official.OverviewSubheadings, Render2021().Blocks.OfType<Heading>().Where(h => h.Level == 2).Select(h => h.PlainText).Take(5));
    }

    [Fact]
    public void Table_two_blocks_captions_headers_and_rows()
    {
        var table = TableUnder(Render2021(), "二、主动公开政府信息情况");
        var expected = new List<string>();
        foreach (var block in OfficialFormat.List(Official.Table("table2")["blocks"]).Select(OfficialFormat.Map))
        {
            expected.Add(OfficialFormat.Text(OfficialFormat.Map(block["caption_row"])["text"]));
            expected.AddRange(OfficialFormat.List(block["header_row"]).Select(h => OfficialFormat.Text(OfficialFormat.Map(h)["text"])));
            expected.AddRange(OfficialFormat.List(block["rows"]).Select(r => OfficialFormat.Text(OfficialFormat.Map(r)["label"])));
        }
        var printed = table.BodyRows.SelectMany(r => r.Cells).Where(c => c.IsHeader).Select(c => c.PlainText).ToList();
        Assert.Equal(expected, printed);
        Assert.Equal(4, table.Columns.Length);
        Assert.All(table.BodyRows, r => Assert.Equal(4, r.Cells.Sum(c => c.ColSpan)));
    }

    [Fact]
    public void Table_three_header_with_merged_cells()
    {
        var table = TableUnder(Render2021(), "三、收到和处理政府信息公开申请情况");
        var printed = table.HeaderRows.SelectMany(r => r.Cells).Select(c => (c.PlainText, c.RowSpan, c.ColSpan)).ToList();
        Assert.Equal(OfficialFormat.HeaderCells(Official.Table("table3")), printed);
        Assert.Equal(10, table.Columns.Length);
    }

    [Fact]
    public void Table_three_row_labels_groups_and_no_subtotal_rows()
    {
        var table = TableUnder(Render2021(), "三、收到和处理政府信息公开申请情况");
        var printed = table.BodyRows.SelectMany(r => r.Cells).Where(c => c.IsHeader).Select(c => (c.PlainText, c.RowSpan)).ToList();
        Assert.Equal(OfficialFormat.BodyLabels(Official.Table("table3")), printed);
        Assert.Equal(25, table.BodyRows.Length);
        Assert.All(table.BodyRows, r => Assert.Equal(7, r.Cells.Count(c => !c.IsHeader)));
    }

    [Fact]
    public void Table_four_header_with_merged_cells()
    {
        var table = TableUnder(Render2021(), "四、政府信息公开行政复议、行政诉讼情况");
        var printed = table.HeaderRows.SelectMany(r => r.Cells).Select(c => (c.PlainText, c.RowSpan, c.ColSpan)).ToList();
        Assert.Equal(OfficialFormat.HeaderCells(Official.Table("table4")), printed);
        Assert.Single(table.BodyRows);
        Assert.Equal(15, table.BodyRows[0].Cells.Length);
    }

    [Fact]
    public void Format_2019_differences()
    {
        var file = TestRepo.Write(File.ReadAllText(Path.Combine(TestRepo.Root, "tests", "ReportGen.Tests", "Data", "format2019.yaml")), "t", 2020);
        var document = TestRepo.Render(file);
        var table2 = TableUnder(document, "二、主动公开政府信息情况");
        var diff = OfficialFormat.Map(Official.Differences2019["table2"]);
        var expected = new List<string>();
        foreach (var (key, value) in diff)
        {
            var block = OfficialFormat.Map(value);
            expected.Add(block.TryGetValue("caption", out var caption) ? OfficialFormat.Text(caption) : $"第二十条第（{Item((string)key)}）项");
            expected.AddRange(OfficialFormat.List(block["columns"]).Select(OfficialFormat.Text));
            expected.AddRange(OfficialFormat.List(block["rows"]).Select(OfficialFormat.Text));
        }
        var printed = table2.BodyRows.SelectMany(r => r.Cells).Where(c => c.IsHeader).Select(c => c.PlainText).ToList();
        Assert.Equal(expected, printed);

        // 表三: （六）其他处理 is one data row over label columns 2–3; 三、 spans 20 rows.
        var table3 = TableUnder(document, "三、收到和处理政府信息公开申请情况");
        Assert.Equal(23, table3.BodyRows.Length);
        Assert.Contains(table3.BodyRows.SelectMany(r => r.Cells), c => c.PlainText == "三、本年度办理结果" && c.RowSpan == 20);
        Assert.Contains(table3.BodyRows.SelectMany(r => r.Cells), c => c.PlainText == "（六）其他处理" && c.ColSpan == 2 && c.RowSpan == 1);
    }

    private static string Item(string key) => key switch
    {
        "art20_1" => "一", "art20_5" => "五", "art20_6" => "六", "art20_8" => "八", "art20_9" => "九", _ => key,
    };
}
