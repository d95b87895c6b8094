using ReportGen.Documents.Document;

namespace ReportGen.Documents.Tests.Layout;

/// <summary>The title rule of the model (GB/T 9704 §7.3.3): every writer prints these lines.</summary>
public class TitleLinesTests
{
    [Theory]
    // agency | year and report name: a trapezoid, upper line shorter.
    [InlineData("示例市云溪区人民政府2024年政府信息公开工作年度报告", "示例市云溪区人民政府", "示例市云溪区人民政府|2024年政府信息公开工作年度报告")]
    [InlineData("船营区人民政府2018年政府信息公开工作年度报告", "船营区人民政府", "船营区人民政府|2018年政府信息公开工作年度报告")]
    // Without the agency given, the year is the boundary.
    [InlineData("中华人民共和国生态环境部2023年政府信息公开工作年度报告", null, "中华人民共和国生态环境部|2023年政府信息公开工作年度报告")]
    // The year goes with the report name even when the line after the agency is longer.
    [InlineData("示例市云溪区2024年政府信息公开工作年度报告（汇总）", null, "示例市云溪区|2024年政府信息公开工作年度报告（汇总）")]
    // A leading year: the report subject is the boundary.
    [InlineData("2018年长白山管委会政府信息公开工作年度报告工作情况说明", null, "2018年长白山管委会|政府信息公开工作年度报告工作情况说明")]
    // A title that fits the block stays one line.
    [InlineData("2017年度长春市政府信息公开工作报告", "长春市人民政府", "2017年度长春市政府信息公开工作报告")]
    public void Long_titles_break_at_the_meaningful_boundary(string title, string? agency, string expected)
        => Assert.Equal(expected, string.Join('|', TitleLines.Arrange([title], agency)));

    [Fact]
    public void Lines_the_data_gives_are_kept_when_they_fit()
        => Assert.Equal(["2018年长白山管委会", "政府信息公开工作年度报告"], TitleLines.Arrange(["2018年长白山管委会", "政府信息公开工作年度报告"], "长白山管委会"));

    [Fact]
    public void A_title_without_any_boundary_never_breaks_inside_a_number_or_a_fixed_term()
    {
        var lines = TitleLines.Arrange(["关于进一步做好全市人民政府信息公开工作年度报告编制发布有关事项的通知要求"]);
        Assert.True(lines.Count >= 2);
        Assert.All(lines, l => Assert.True(TitleLines.Em(l) <= TitleLines.BlockEm, l));
        var joints = lines.Zip(lines.Skip(1), (a, b) => a[^2..] + "|" + b[..2]).ToList();
        Assert.DoesNotContain(joints, j => j is "人民|政府" or "政府|信息" or "信息|公开");
        Assert.Equal("关于进一步做好全市人民政府信息公开工作年度报告编制发布有关事项的通知要求", string.Concat(lines));
    }
}
