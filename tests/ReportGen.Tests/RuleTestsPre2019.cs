using ReportGen.Documents.Diagnostics;

namespace ReportGen.Tests;

/// <summary>R12/R13/R19 on the pre-2019 format, with the seeds' known problems reduced to small inputs.</summary>
public sealed class RuleTestsPre2019
{
    private static string Report(string paragraph, string statistics) => $"""
        format: pre2019
        agency: {"{"} id: t, name: 测试区人民政府, kind: government {"}"}
        year: 2018
        date: 2019-03-01
        sections:
          - heading: 一、概述
            body:
              - {paragraph}
        statistics:
        {statistics}
        """;

    private static IReadOnlyList<Diagnostic> Check(string paragraph, string statistics) => TestRepo.Check(Report(paragraph, statistics), year: 2018);

    private static IEnumerable<string> Rules(IReadOnlyList<Diagnostic> d) => d.Select(x => x.RuleId);

    [Fact]
    public void R12_text_total_differs_from_the_statistics_table()   // seed 002: 1242 in text, 682 in the table
    {
        Assert.Contains("R12", Rules(Check("2018年，我区主动公开各类政府信息1242条。", "  a1: 682")));
        Assert.DoesNotContain("R12", Rules(Check("2018年，我区主动公开各类政府信息682条。", "  a1: 682")));
        // A row left blank in the table is not compared; an approximate figure is not a statement of the cell.
        Assert.DoesNotContain("R12", Rules(Check("2018年，我区主动公开各类政府信息1242条。", "  c1_1: 1")));
        Assert.DoesNotContain("R12", Rules(Check("全年主动公开政府信息约113万余条。", "  a1: 682")));
    }

    [Fact]
    public void R13_equal_counts_with_different_percentages()   // seed 000: 2/16 as 12% and 13%
    {
        const string broken = "在政府信息公开申请答复中，已主动公开的12件，占75%；同意公开的2件，占12%；申请信息不存在的2件，占13%。";
        var d = Check(broken, "  c1_3: 1");
        Assert.Contains("R13", Rules(d));
        Assert.Contains(d, x => x.RuleId == "R13" && x.Message.Contains("13%"));
        Assert.DoesNotContain("R13", Rules(Check(broken.Replace("占12%", "占13%"), "  c1_3: 1")));
    }

    [Fact]
    public void R13_share_of_a_stated_total()   // seed 002: 650/1242 printed 52.2% (and 52.3% elsewhere), 67/1242 printed 5.5%
    {
        const string broken = "通过不同渠道和方式主动公开政府信息1242条，其中，政府网站公开政府信息650条，占信息公开总量的52.2%；政务微信公开政府信息数525条，占信息公开总量的42.3%；其它方式公开政府信息数67条，占信息公开总量的5.5%。";
        var d = Check(broken, "  c1_3: 1");
        Assert.Equal(2, d.Count(x => x.RuleId == "R13"));
        Assert.DoesNotContain("R13", Rules(Check(broken.Replace("52.2%", "52.3%").Replace("5.5%", "5.4%"), "  c1_3: 1")));
    }

    [Fact]
    public void R19_unit_differs_from_the_statistics_table()   // seed 000: 舆情 in 条, table unit 次
    {
        Assert.Contains("R19", Rules(Check("2018年全区回应公众关注热点或重大舆情274条。", "  b1: 274")));
        Assert.DoesNotContain("R19", Rules(Check("2018年全区回应公众关注热点或重大舆情274次。", "  b1: 274")));
    }
}
