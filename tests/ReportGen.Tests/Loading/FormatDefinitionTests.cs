using ReportGen.Documents.Diagnostics;
using ReportGen.Formats;

namespace ReportGen.Tests.Loading;

/// <summary>A format.yaml is read into immutable records and validated when loaded; its mistakes are diagnostics at their line in the format.yaml.</summary>
public sealed class FormatDefinitionTests
{
    private static FormatLoad Load(Func<string, string> edit)
        => new FormatCatalog(TestRepo.TemplatesWith(Path.Combine("2021", "format.yaml"), edit)).Load("2021");

    [Fact]
    public void The_shipped_formats_load_without_diagnostics()
    {
        var catalog = new FormatCatalog(TestRepo.Templates);
        foreach (var id in catalog.FormatIds)
        {
            var load = catalog.Load(id);
            Assert.True(load.Format is not null && load.Diagnostics.Count == 0, string.Join("\n", load.Diagnostics));
        }
        Assert.Equal("2021", catalog.Current!.Id);
    }

    [Fact]
    public void Choices_become_enums_and_the_carry_over_link_comes_from_cross_year()
    {
        var format = new FormatCatalog(TestRepo.Templates).Find("2021")!;
        Assert.Equal(OutlineKind.Fixed, format.Outline);
        var table3 = format.FindTable("table3")!;
        Assert.Equal(SkippedCell.Zero, table3.SkippedCell);
        Assert.Equal(new CarryOverDefinition("carried_forward", "carried_over"), table3.CarryOver);
        Assert.Equal(CellType.Decimal, format.FindTable("table2")!.FindRow("administrative_fees")!.ValueType);
        Assert.Equal(new MonthDay(1, 31), format.Deadlines!.Department);
        Assert.Equal(Severity.Warning, new FormatCatalog(TestRepo.Templates).Find("pre2019")!.RuleSeverity["R12"]);
    }

    [Fact]
    public void An_unknown_key_is_reported_at_its_line()
    {
        var load = Load(t => t.Replace("short_name: 表三", "short_nme: 表三"));
        Assert.Null(load.Format);
        var d = Assert.Single(load.Diagnostics);
        Assert.Equal("E0101", d.RuleId);
        Assert.EndsWith(Path.Combine("2021", "format.yaml"), d.Span!.File);
        Assert.Equal(File.ReadAllLines(Path.Combine(TestRepo.Templates, "2021", "format.yaml")).ToList().FindIndex(l => l.Contains("short_name: 表三")) + 1, d.Span.Line);
        Assert.Contains("short_name", d.Hint);
    }

    [Fact]
    public void An_invalid_choice_is_reported_with_the_choices()
    {
        var d = Assert.Single(Load(t => t.Replace("skipped_cell: zero          # most", "skipped_cell: naught      # most")).Diagnostics);
        Assert.Equal("E0104", d.RuleId);
        Assert.Contains("not_reported", d.Message);
    }

    [Fact]
    public void A_reference_to_a_row_that_does_not_exist_is_reported()
    {
        var d = Assert.Single(Load(t => t.Replace("left_rows: [new_received, carried_over]", "left_rows: [new_received, carried_ovr]")).Diagnostics);
        Assert.Equal("E0301", d.RuleId);
        Assert.Contains("carried_ovr", d.Message);
        Assert.True(d.Span!.Line > 1);
    }

    [Fact]
    public void A_broken_pattern_is_reported_not_thrown_inside_a_rule()
    {
        // The 2021 format's narrative figures moved to its lexicon; the applicant breakdown still has patterns.
        var d = Assert.Single(Load(t =>
        {
            Assert.Contains("natural_pattern: \"自然人(?:提出)?", t);
            return t.Replace("natural_pattern: \"自然人(?:提出)?", "natural_pattern: \"自然人(?:提出?");
        }).Diagnostics);
        Assert.Equal("E0301", d.RuleId);
    }

    [Fact]
    public void A_report_in_a_broken_format_gets_the_formats_diagnostics()
    {
        var templates = TestRepo.TemplatesWith(Path.Combine("2021", "format.yaml"), t => t.Replace("short_name: 表三", "short_nme: 表三"));
        var yaml = File.ReadAllText(Path.Combine(TestRepo.Root, "tests", "ReportGen.Tests", "RuleCases", "minimal", "2021.yaml"));
        var diagnostics = TestRepo.Pipeline(templates).Check(TestRepo.Write(yaml)).Diagnostics;
        var d = Assert.Single(diagnostics);
        Assert.Equal("E0101", d.RuleId);
        Assert.EndsWith("format.yaml", d.Span!.File);
    }
}
