using ReportGen.Cli.Commands;
using ReportGen.Documents.Diagnostics;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Authoring;

public class DiagnosticPrinterTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private string Printed(string yaml)
    {
        var file = _ws.Write("testzone", 2018, yaml);
        var writer = new StringWriter();
        DiagnosticPrinter.Print(writer, TempWorkspace.Check(file));
        return writer.ToString().ReplaceLineEndings("\n");
    }

    [Fact]
    public void A_problem_shows_the_line_a_caret_and_what_to_do()
    {
        var text = Printed(Yaml.MinimalPre2019.Replace("a1: 100", "a1: -100"));
        Assert.Contains("错误 E0105 [statistics.a1]: 计数不能为负数（-100）\n", text);
        Assert.Contains("  17 |   a1: -100\n", text);
        Assert.Contains("     |       ^ 统计数不能为负数：没有就填 0。\n", text);
    }

    [Fact]
    public void The_caret_accounts_for_wide_chinese_characters()
    {
        var text = Printed(Yaml.MinimalPre2019.Replace("name: 测试区人民政府", "name: 测试区人民政府\n  名称: 重复"));
        Assert.Contains("未知的字段“名称”", text);
        Assert.Contains("   5 |   名称: 重复\n", text);
        Assert.Contains("    |   ^ ", text);
    }

    [Fact]
    public void A_finding_on_a_comment_line_gets_no_caret_but_still_advice()
    {
        // No date: R15 points at line 1, here the schema comment.
        var text = Printed("# yaml-language-server: $schema=../../templates/reportgen.schema.json\n" + Yaml.MinimalPre2019.Replace("date: 2019-03-01\n", ""));
        Assert.Contains("警告 R15 [date]: 报告没有成文日期\n         → 请填写 date: YYYY-MM-DD。\n", text);
        Assert.DoesNotContain("| # yaml-language-server", text);
    }

    [Fact]
    public void Every_diagnostic_gets_a_next_step()
    {
        var rule = new Diagnostic(Severity.Error, "R16", null, "statistics.c1", "合计不符");
        Assert.Contains("reportgen explain R16", Catalog.AdviceFor(rule));
        var writer = new StringWriter();
        DiagnosticPrinter.Print(writer, new[] { rule });
        Assert.Contains("→ 这条规则检查什么、为什么：运行 reportgen explain R16", writer.ToString());
        Assert.Equal("自己的提示", Catalog.AdviceFor(rule with { Hint = "自己的提示" }));
    }
}
