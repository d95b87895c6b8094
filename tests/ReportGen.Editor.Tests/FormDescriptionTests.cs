using System.Text.Json.Nodes;
using ReportGen.Formats;

namespace ReportGen.Editor.Tests;

/// <summary>Every format of the repository gets a form: its sections and each table's grid with a data path per cell.</summary>
public sealed class FormDescriptionTests
{
    private static readonly FormatCatalog Formats = new(Path.Combine(TestWorkspace.RepoRoot, "templates"));

    private static IEnumerable<JsonNode> ValueCells(JsonNode table)
        => table["body"]!.AsArray().SelectMany(r => r!.AsArray()).Where(c => !c!["header"]!.GetValue<bool>())!;

    [Theory]
    [InlineData("2021", true, 6)]
    [InlineData("2019", true, 6)]
    [InlineData("pre2019", false, 0)]
    public void Each_format_gets_its_sections_and_a_cell_for_every_data_cell(string id, bool fixedOutline, int sections)
    {
        var format = Formats.Find(id)!;
        var form = FormDescription.Of(format);
        Assert.Equal(fixedOutline, form["format"]!["fixedOutline"]!.GetValue<bool>());
        Assert.Equal(sections, form["sections"]!.AsArray().Count);
        foreach (var table in format.Tables)
        {
            var drawn = form["tables"]!.AsArray().Single(t => t!["id"]!.GetValue<string>() == table.Id)!;
            var cells = ValueCells(drawn).Select(c => c["cell"]!.GetValue<string>()).ToHashSet();
            foreach (var row in table.Rows.Where(r => r.Data && r.Printed))
                foreach (var column in table.ColumnsOf(row).Where(c => c.Printed))
                    Assert.Contains($"{row.Key}.{column.Key}", cells);
            Assert.All(ValueCells(drawn), c => Assert.StartsWith("statistics", c["rowPath"]!.GetValue<string>()));
        }
    }

    [Fact]
    public void Only_the_2021_overview_has_the_five_aspects()
    {
        var aspects = FormDescription.Of(Formats.Find("2021")!)["sections"]!.AsArray()[0]!["subtopics"]!.AsArray();
        Assert.Equal(["（一）主动公开", "（二）依申请公开", "（三）政府信息管理", "（四）政府信息公开平台建设", "（五）监督保障"],
            aspects.Select(a => a!["heading"]!.GetValue<string>()));
        Assert.Empty(FormDescription.Of(Formats.Find("2019")!)["sections"]!.AsArray()[0]!["subtopics"]!.AsArray());
    }
}
