using System.Text;
using ReportGen.Documents.Diagnostics;
using ReportGen.Loading;
using ReportGen.Tests.Support;
using ReportGen.Parsing;

namespace ReportGen.Tests.Loading;

public class LoaderDiagnosticsTests
{
    private static IReadOnlyList<Diagnostic> Load(string yaml, string file = "/data/testzone/2018.yaml")
    {
        var bag = new DiagnosticBag();
        Models.Read(TempWorkspace.Formats, file, Encoding.UTF8.GetBytes(yaml), bag);
        return bag.Items;
    }

    [Fact]
    public void Minimal_file_loads_without_diagnostics()
    {
        Assert.Empty(Load(Yaml.MinimalPre2019));
    }

    [Fact]
    public void Unknown_key_reports_position_and_suggestion()
    {
        var d = Assert.Single(Load(Yaml.MinimalPre2019.Replace("year: 2018", "yaer: 2018\nyear: 2018")));
        Assert.Equal("E0101", d.RuleId);
        Assert.Equal(7, d.Span!.Line);
        Assert.Equal(1, d.Span.Column);
        Assert.Equal("yaer", d.Field);
        Assert.Contains("yaer", d.Message);
        Assert.Contains("year", d.Hint);
    }

    [Fact]
    public void Unknown_statistics_row_suggests_the_closest_row()
    {
        var d = Assert.Single(Load(Yaml.MinimalPre2019.Replace("  a1: 100", "  a1: 100\n  c13: 4")));
        Assert.Equal("E0108", d.RuleId);
        Assert.Equal("statistics.c13", d.Field);
        Assert.Equal(18, d.Span!.Line);
        Assert.Equal(3, d.Span.Column);
        Assert.Contains("c1", d.Hint);
    }

    [Theory]
    [InlineData("-5", "E0105", "负数")]
    [InlineData("2.5", "E0106", "整数")]
    [InlineData("\"100\"", "E0102", "引号")]
    [InlineData("很多", "E0102", "应为数字")]
    [InlineData("[1, 2]", "E0102", "应为数字")]
    [InlineData("99999999999999999999999999999999", "E0104", "过大")]
    public void Bad_counts_are_reported_at_the_value(string value, string code, string text)
    {
        var d = Assert.Single(Load(Yaml.MinimalPre2019.Replace("a1: 100", "a1: " + value)));
        Assert.Equal(code, d.RuleId);
        Assert.Equal("statistics.a1", d.Field);
        Assert.Equal(17, d.Span!.Line);
        Assert.Equal(7, d.Span.Column);
        Assert.Contains(text, d.Message);
    }

    [Fact]
    public void Decimal_rows_accept_decimals()
    {
        Assert.Empty(Load(Yaml.MinimalPre2019.Replace("a1: 100", "a1: 100\n  h4: 3.25")));
    }

    [Fact]
    public void Several_mistakes_are_all_reported_at_once()
    {
        var yaml = Yaml.MinimalPre2019
            .Replace("kind: government", "kind: goverment")
            .Replace("date: 2019-03-01", "date: 2019-02-30")
            .Replace("a1: 100", "a1: -1");
        var diagnostics = Load(yaml);
        Assert.Equal(3, diagnostics.Count);
        Assert.Contains(diagnostics, d => d.Field == "agency.kind" && d.Hint.Contains("government"));
        Assert.Contains(diagnostics, d => d.Field == "date" && d.Span!.Line == 8);
        Assert.Contains(diagnostics, d => d.Field == "statistics.a1");
    }

    [Fact]
    public void Missing_required_fields_are_named()
    {
        var yaml = Yaml.MinimalPre2019.Replace("  name: 测试区人民政府\n", "").Replace("year: 2018\n", "");
        var diagnostics = Load(yaml);
        Assert.Contains(diagnostics, d => d.RuleId == "E0103" && d.Field == "agency.name");
        Assert.Contains(diagnostics, d => d.RuleId == "E0103" && d.Field == "year");
    }

    [Fact]
    public void Unknown_format_lists_the_known_ones()
    {
        var d = Assert.Single(Load(Yaml.MinimalPre2019.Replace("format: pre2019", "format: pre2018")));
        Assert.Equal("E0110", d.RuleId);
        Assert.Contains("pre2019", d.Hint);
    }

    [Fact]
    public void Duplicate_keys_are_errors_with_both_positions()
    {
        var d = Assert.Single(Load(Yaml.MinimalPre2019.Replace("year: 2018", "year: 2018\nyear: 2019")));
        Assert.Equal("E0002", d.RuleId);
        Assert.Equal(8, d.Span!.Line);
        Assert.Contains("第 7 行", d.Message);
    }

    [Fact]
    public void Syntax_errors_carry_line_and_column()
    {
        var d = Assert.Single(Load(Yaml.MinimalPre2019.Replace("  name: 测试区人民政府", "  name: 测试区: 人民政府")));
        Assert.Equal("E0002", d.RuleId);
        Assert.Equal(4, d.Span!.Line);
    }

    [Fact]
    public void Tabs_in_indentation_are_explained()
    {
        var d = Assert.Single(Load(Yaml.MinimalPre2019.Replace("  name: 测试区人民政府", "\tname: 测试区人民政府")));
        Assert.Equal("E0002", d.RuleId);
    }

    [Fact]
    public void Anchors_and_aliases_are_refused()
    {
        var yaml = "a: &x [1, 2]\nb: [*x, *x]\n";
        var d = Assert.Single(Load(yaml));
        Assert.Contains("锚点", d.Message);
    }

    [Fact]
    public void Invalid_utf8_is_reported_with_its_line()
    {
        var bytes = Encoding.UTF8.GetBytes(Yaml.MinimalPre2019).ToList();
        var at = Encoding.UTF8.GetBytes(Yaml.MinimalPre2019[..Yaml.MinimalPre2019.IndexOf("year:", StringComparison.Ordinal)]).Length;
        bytes.Insert(at, 0xFF);
        var bag = new DiagnosticBag();
        Models.Read(TempWorkspace.Formats, "/data/testzone/2018.yaml", bytes.ToArray(), bag);
        var d = Assert.Single(bag.Items);
        Assert.Equal("E0001", d.RuleId);
        Assert.Equal(7, d.Span!.Line);
    }

    [Fact]
    public void A_byte_order_mark_is_accepted()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Yaml.MinimalPre2019)).ToArray();
        var bag = new DiagnosticBag();
        Assert.NotNull(Models.Read(TempWorkspace.Formats, "/data/testzone/2018.yaml", bytes, bag));
        Assert.Empty(bag.Items);
    }

    [Fact]
    public void Deep_nesting_is_refused_quickly()
    {
        var yaml = "format: pre2019\nx: " + new string('[', 5000) + new string(']', 5000) + "\n";
        var d = Assert.Single(Load(yaml));
        Assert.Contains("嵌套", d.Message);
    }

    [Fact]
    public void Agency_folder_and_year_file_must_match_the_content()
    {
        var diagnostics = Load(Yaml.MinimalPre2019, "/data/otherzone/2017.yaml");
        Assert.Contains(diagnostics, d => d.RuleId == "E0109" && d.Field == "agency.id");
        Assert.Contains(diagnostics, d => d.RuleId == "E0109" && d.Field == "year");
    }

    [Fact]
    public void Postcodes_written_as_numbers_are_flagged()
    {
        var d = Assert.Single(Load(Yaml.MinimalPre2019 + "\ncontact:\n  postcode: 132011\n"));
        Assert.Equal("contact.postcode", d.Field);
        Assert.Contains("引号", d.Message);
    }

    [Fact]
    public void Suggest_finds_typos_but_not_unrelated_words()
    {
        Assert.Equal("statistics", Suggest.Closest("statistcs", new[] { "statistics", "sections" }));
        Assert.Equal("year", Suggest.Closest("yaer", new[] { "year", "title" }));
        Assert.Null(Suggest.Closest("zzzzzz", new[] { "year", "title" }));
    }
}
