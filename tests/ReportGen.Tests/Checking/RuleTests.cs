using ReportGen.Documents.Diagnostics;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Checking;

/// <summary>Each rule: fails on a minimal broken input, passes once fixed.</summary>
public class RuleTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private IReadOnlyList<Diagnostic> Check(string yaml) => TempWorkspace.Check(_ws.Write("testzone", 2018, yaml));

    [Fact]
    public void Minimal_data_passes_every_rule()
    {
        Assert.Empty(Check(Yaml.MinimalPre2019));
    }

    [Fact]
    public void R16_typed_total_must_equal_its_parts()
    {
        var broken = Check(Yaml.MinimalPre2019.Replace("  a1: 100", "  a1: 100\n  h3: 1\n  h3_1: 1\n  h3_2: 43"));
        var d = Assert.Single(broken);
        Assert.Equal("R16", d.RuleId);
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Equal("statistics.h3", d.Field);
        Assert.Contains("44", d.Message);
        Assert.Contains("实为 1", d.Message);
        Assert.Empty(Check(Yaml.MinimalPre2019.Replace("  a1: 100", "  a1: 100\n  h3: 44\n  h3_1: 1\n  h3_2: 43")));
    }

    [Fact]
    public void R17_part_may_not_exceed_the_whole()
    {
        var d = Assert.Single(Check(Yaml.MinimalPre2019.Replace("  a1: 100", "  a1: 100\n  a1x: 101")));
        Assert.Equal("R17", d.RuleId);
        Assert.Empty(Check(Yaml.MinimalPre2019.Replace("  a1: 100", "  a1: 100\n  a1x: 100")));
    }

    [Fact]
    public void R17_total_may_not_exceed_the_channels()
    {
        // Seed 000: 2701 + 235 + 325 = 3261 < 3263.
        var d = Assert.Single(Check(Yaml.MinimalPre2019.Replace("  a1: 100", "  a1: 3263\n  a2_2: 2701\n  a2_4: 235\n  a2_5: 325")), x => x.RuleId == "R17");
        Assert.Contains("3261", d.Message);
        Assert.DoesNotContain(Check(Yaml.MinimalPre2019.Replace("  a1: 100", "  a1: 3261\n  a2_2: 2701\n  a2_4: 235\n  a2_5: 325")), x => x.RuleId == "R17");
    }

    [Fact]
    public void R15_report_dated_before_the_period_ends_is_an_error()
    {
        var d = Assert.Single(Check(Yaml.MinimalPre2019.Replace("date: 2019-03-01", "date: 2018-01-02")));
        Assert.Equal("R15", d.RuleId);
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Equal(8, d.Span!.Line);
    }

    [Fact]
    public void R15_late_report_is_a_warning_and_missing_date_too()
    {
        var late = Assert.Single(Check(Yaml.MinimalPre2019.Replace("date: 2019-03-01", "date: 2019-04-02")));
        Assert.Equal(Severity.Warning, late.Severity);
        var missing = Assert.Single(Check(Yaml.MinimalPre2019.Replace("date: 2019-03-01\n", "")));
        Assert.Equal(Severity.Warning, missing.Severity);
    }

    [Fact]
    public void R14_title_year_must_match()
    {
        var d = Assert.Single(Check(Yaml.MinimalPre2019.Replace("signature:", "title: [测试区人民政府2017年政府信息公开工作年度报告]\nsignature:")));
        Assert.Equal("R14", d.RuleId);
    }

    [Fact]
    public void R14_period_sentence_must_match()
    {
        var yaml = Yaml.MinimalPre2019.Replace("编制。", "编制。统计期限自2017年1月1日起至2017年12月31日止。");
        Assert.Equal("R14", Assert.Single(Check(yaml)).RuleId);
        Assert.Empty(Check(Yaml.MinimalPre2019.Replace("编制。", "编制。统计期限自2018年1月1日起至2018年12月31日止。")));
    }

    [Fact]
    public void R18_numbering_gaps_are_found_in_headings_and_run_in_paragraphs()
    {
        var yaml = Yaml.MinimalPre2019.Replace("      - 2018年，全区主动公开政府信息100条。", """
                  - （一）第一项。正文。
                  - （二）第二项。正文。
                  - （四）第四项。正文。
                  - heading: 1.细项
                    body: [正文]
            """.TrimEnd());
        var d = Assert.Single(Check(yaml));
        Assert.Equal("R18", d.RuleId);
        Assert.Contains("应为第 3 项", d.Message);
        Assert.Empty(Check(yaml.Replace("（四）第四项", "（三）第三项")));
    }

    [Fact]
    public void Acknowledged_findings_become_warnings_with_the_reason()
    {
        var yaml = Yaml.MinimalPre2019.Replace("  a1: 100", "  a1: 100\n  a1x: 101")
            + "\nacknowledge:\n  - rule: R17\n    field: statistics.a1x\n    reason: 原报告如此公布\n";
        var d = Assert.Single(Check(yaml));
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Contains("原报告如此公布", d.Hint);
    }

    [Fact]
    public void An_acknowledgement_that_matches_nothing_is_reported()
    {
        var yaml = Yaml.MinimalPre2019 + "\nacknowledge:\n  - rule: R17\n    reason: 无\n";
        Assert.Equal("E0115", Assert.Single(Check(yaml)).RuleId);
    }

    [Fact]
    public void Unknown_rule_in_acknowledgement_is_an_error()
    {
        var yaml = Yaml.MinimalPre2019 + "\nacknowledge:\n  - rule: R99\n    reason: 无\n";
        Assert.Equal("E0111", Assert.Single(Check(yaml)).RuleId);
    }
}
