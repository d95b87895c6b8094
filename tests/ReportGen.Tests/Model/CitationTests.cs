using System.Text;
using ReportGen.Documents.Diagnostics;
using ReportGen.Loading;
using ReportGen.Model;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Model;

public class CitationTests
{
    private static (ReportModel? Model, IReadOnlyList<Diagnostic> Diagnostics) Load(string paragraph, string stats)
    {
        var yaml = Yaml.MinimalPre2019
            .Replace("      - 2018年，全区主动公开政府信息100条。", "      - \"" + paragraph + "\"")
            .Replace("  a1: 100", stats);
        var bag = new DiagnosticBag();
        var model = Models.Read(TempWorkspace.Formats, "/data/testzone/2018.yaml", Encoding.UTF8.GetBytes(yaml), bag);
        return (model, bag.Items);
    }

    private static string FirstParagraph(ReportModel model)
        => ((NarrativeParagraph)model.Sections[0].Body[0]).Text;

    [Fact]
    public void Values_and_derived_totals_are_cited_from_the_table()
    {
        var (model, diagnostics) = Load("共收到申请${c1}件，其中网络申请${c1_3}件。", "  c1_3: 3\n  c1_4: 5");
        Assert.Empty(diagnostics);
        Assert.Equal("共收到申请8件，其中网络申请3件。", FirstParagraph(model!));
    }

    [Fact]
    public void Percentages_round_half_up_by_default_and_by_largest_remainder_when_they_must_sum_to_100()
    {
        var (model, _) = Load("网络${c1_3:pct}，信函${c1_4:pct}，当面${c1_1:pct}。", "  c1_1: 1\n  c1_3: 1\n  c1_4: 1");
        Assert.Equal("网络33.3%，信函33.3%，当面33.3%。", FirstParagraph(model!));
        (model, _) = Load("网络${c1_3:pct100}，信函${c1_4:pct100}，当面${c1_1:pct100}。", "  c1_1: 1\n  c1_3: 1\n  c1_4: 1");
        Assert.Equal("网络33.3%，信函33.3%，当面33.4%。", FirstParagraph(model!));
        (model, _) = Load("${c3_1:pct100_0}、${c3_2:pct100_0}、${c3_6:pct100_0}", "  c3_1: 12\n  c3_2: 2\n  c3_6: 2");
        Assert.Equal("75%、13%、12%", FirstParagraph(model!));
    }

    [Fact]
    public void Unknown_references_are_errors_at_the_paragraph()
    {
        var (model, diagnostics) = Load("共${zz9}件。", "  a1: 1");
        Assert.Null(model);
        var d = Assert.Single(diagnostics);
        Assert.Equal("E0112", d.RuleId);
        Assert.Equal(15, d.Span!.Line);
        Assert.Contains("zz9", d.Message);
    }

    [Fact]
    public void Expressions_are_not_evaluated()
    {
        var (_, diagnostics) = Load("共${a1 + 1}件。", "  a1: 1");
        Assert.Contains(diagnostics, d => d.RuleId == "E0112" && d.Message.Contains("写法有误"));
    }

    [Fact]
    public void Double_dollar_writes_a_literal_and_braces_alone_stay_text()
    {
        var (model, diagnostics) = Load("价格$${a1}与{{ x }}及{a1}。", "  a1: 1");
        Assert.Empty(diagnostics);
        Assert.Equal("价格${a1}与{{ x }}及{a1}。", FirstParagraph(model!));
    }
}
