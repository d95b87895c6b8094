using System.Text;
using ReportGen.Checking;
using ReportGen.Documents.Diagnostics;
using ReportGen.Importing;
using ReportGen.Importing.Published;
using ReportGen.Loading;
using ReportGen.Model;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Importing;

/// <summary>
/// Hand-made published reports for the messy cases (tests/ReportGen.Tests/Importing/Fixtures, made by
/// hand as a portal or a copy would give them); each test proves one thing. The report in the HTML
/// fixtures is the same (示例县教育局, 2024), so every variant must give the statistics of the plain one.
/// </summary>
public class ImportFixtureTests
{
    private static string Fixture(string name) => Path.Combine(Repo.Root, "tests", "ReportGen.Tests", "Importing", "Fixtures", name);

    public sealed record Imported(Importer.Outcome Outcome, ReportModel? Model, string Yaml)
    {
        public ImportReport Report => Outcome.Report;
        public decimal Cell(string table, string row, string column) => Model!.Statistics.Find(table)!.Cell(row, column).Value;
    }

    public static Imported Import(string name)
    {
        var file = Fixture(name);
        var outcome = new Importer(TempWorkspace.Formats).ImportBytes(file, File.ReadAllBytes(file),
            new ImportOptions("fixture", null, null, Path.Combine(Path.GetTempPath(), "reportgen-fixtures")));
        Assert.True(outcome.Yaml is not null, string.Join("\n", outcome.Report.Diagnostics));
        var model = Models.Read(TempWorkspace.Formats, outcome.Target!, Encoding.UTF8.GetBytes(outcome.Yaml!), new DiagnosticBag());
        return new Imported(outcome, model, outcome.Yaml!);
    }

    /// <summary>The cells of the plain table 三 every HTML fixture carries (new, carried over, results, carried forward).</summary>
    private static void AssertStandardTable3(Imported r)
    {
        Assert.Equal(40, r.Cell("table3", "new_received", "natural_person"));
        Assert.Equal(47, r.Cell("table3", "new_received", "total"));
        Assert.Equal(2, r.Cell("table3", "carried_over", "natural_person"));
        Assert.Equal(24, r.Cell("table3", "granted", "total"));
        Assert.Equal(5, r.Cell("table3", "partially_granted", "natural_person"));
        Assert.Equal(10, r.Cell("table3", "unable_not_held", "total"));
        Assert.Equal(1, r.Cell("table3", "other_no_correction", "other_organization"));
        Assert.Equal(48, r.Cell("table3", "results_total", "total"));
        Assert.Equal(1, r.Cell("table3", "carried_forward", "total"));
    }

    private static List<Diagnostic> Check(Imported r) => new Checker().Check(r.Model!).ToList();

    [Fact]
    public void Portal_page_in_GBK_is_decoded_and_stripped_of_its_navigation()
    {
        var bytes = File.ReadAllBytes(Fixture("portal-gbk.html"));
        Assert.ThrowsAny<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(bytes)); // the fixture really is GBK
        var r = Import("portal-gbk.html");
        Assert.Equal(SourceKind.Html, r.Report.Kind);
        Assert.DoesNotContain(r.Report.Diagnostics, d => d.RuleId == Catalog.ImportCodes.Encoding.Id);
        Assert.Equal("示例县教育局", r.Model!.Agency.Name);
        Assert.Equal(2024, r.Model.Year);
        Assert.Equal(new DateOnly(2025, 1, 20), r.Model.Date);
        Assert.Equal("022-66660101", r.Model.Contact.Phone);
        Assert.Empty(r.Report.NotFound);
        AssertStandardTable3(r);
        Assert.Equal(156, r.Cell("table2", "administrative_licensing", "decisions"));
        Assert.Equal(3, r.Cell("table4", "cases", "review_total"));
        // Nothing of the portal: navigation, breadcrumb, font-size bar, meta line, share bar, related links, footer, scripts.
        foreach (var chrome in new[] { "政务服务", "当前位置", "字体", "浏览次数", "分享到", "打印本页", "相关链接", "2023年政府信息公开", "版权所有", "ICP", "统计代码", "信息公开目录" })
            Assert.DoesNotContain(chrome, r.Yaml);
        Assert.DoesNotContain(Check(r), d => d.IsError);
    }

    [Fact]
    public void Table_three_with_its_header_split_over_other_rows_gives_the_same_cells()
    {
        var r = Import("table3-split-header.html");
        AssertStandardTable3(r);
        Assert.Equal(0, r.Cell("table3", "new_received", "social_welfare_organization"));
        Assert.Equal(2, r.Cell("table3", "new_received", "legal_service_organization"));
        Assert.Empty(r.Report.Uncertain);
        Assert.DoesNotContain(ReviewNotes.Marker, r.Yaml);
    }

    [Fact]
    public void Label_variants_find_their_rows_and_are_acknowledged_with_the_published_words()
    {
        var r = Import("label-variants.html");
        AssertStandardTable3(r);
        Assert.Equal(3, r.Cell("table2", "normative_documents", "issued"));
        Assert.Equal(27, r.Cell("table2", "normative_documents", "in_force"));
        var published = r.Model!.Acknowledgements.Where(a => a.Published is not null).ToDictionary(a => a.Field!, a => a.Published!);
        Assert.Equal("规范性文件", published["statistics.table2.normative_documents"]);
        Assert.Equal("（二）部分公开", published["statistics.table3.partially_granted"]);
        Assert.Equal("5.属于内部事务信息", published["statistics.table3.denied_internal_affairs"]);
        Assert.Equal("其他组织", published["statistics.table3.*.other_organization"]);
        // Punctuation, quotes, enumerator style and a line break inside a label are not wording.
        Assert.Equal(4, published.Count);
        // A recorded wording is a record, not a waiver: it neither silences a finding nor is reported as unused.
        Assert.DoesNotContain(Check(r), d => d.IsError || d.RuleId == "E0115");
    }

    [Fact]
    public void Blank_slash_and_dash_cells_stay_blank_and_are_reported_never_zero()
    {
        var r = Import("blank-cells.html");
        Assert.Equal(8, r.Report.BlankCells.Count);
        var lines = r.Yaml.Split('\n');
        foreach (var (row, column) in new[] { ("regulations", "issued"), ("regulations", "in_force") })
        {
            var rowAt = Array.FindIndex(lines, l => l.TrimStart().StartsWith(row + ":", StringComparison.Ordinal));
            var cell = lines.Skip(rowAt).First(l => l.TrimStart().StartsWith(column + ":", StringComparison.Ordinal));
            Assert.Matches(@"^\s*\w+:\s+#", cell); // no value after the key
            Assert.Contains(ReviewNotes.Marker, cell);
        }
        Assert.Contains(r.Report.BlankCells, b => b.Field == "statistics.table3.carried_over.social_welfare_organization" && b.Why.Contains("“—”"));
        Assert.Contains(r.Report.BlankCells, b => b.Field == "statistics.table4.cases.review_other" && b.Why.Contains("“/”"));
        // The data file is written; check then says what a blank required cell means.
        var pipeline = TempWorkspace.Pipeline();
        using var workspace = new TempWorkspace();
        var file = workspace.Write("fixture", 2024, r.Yaml);
        var diagnostics = pipeline.Check(file).Diagnostics;
        Assert.Contains(diagnostics, d => d.IsError && d.RuleId == "R6" && d.Field == "statistics.table2.regulations.issued");
        Assert.Contains(diagnostics, d => d.RuleId == Catalog.ImportCodes.ToReview.Id);
        // A published total that the blank makes wrong is kept visible.
        Assert.Contains(r.Report.Uncertain, u => u.Field == "statistics.table3.new_received.total" && u.Why.Contains("47"));
    }

    [Fact]
    public void Units_thousands_separators_and_full_width_digits_in_cells_are_read_as_numbers()
    {
        var r = Import("cell-units.html");
        Assert.Equal(1156, r.Cell("table2", "administrative_licensing", "decisions"));
        Assert.Equal(12, r.Cell("table2", "administrative_penalty", "decisions"));
        Assert.Equal(27, r.Cell("table2", "normative_documents", "in_force"));
        Assert.Equal(1012.50m, r.Cell("table2", "administrative_fees", "fee_amount"));
        Assert.Contains("administrative_fees: 1012.50", r.Yaml); // printed digits kept
        AssertStandardTable3(r);
        Assert.Empty(r.Report.Uncertain);
    }

    [Fact]
    public void Tables_flattened_into_lines_are_rebuilt_and_a_damaged_row_is_marked()
    {
        var r = Import("flattened-tables.txt");
        Assert.Equal(SourceKind.Text, r.Report.Kind);
        Assert.Equal(27, r.Cell("table2", "normative_documents", "in_force"));
        Assert.Equal(156, r.Cell("table2", "administrative_licensing", "decisions"));
        Assert.Equal(3, r.Cell("table4", "cases", "review_total"));
        Assert.Equal(2, r.Cell("table4", "cases", "suit_direct_total"));
        Assert.Equal(40, r.Cell("table3", "new_received", "natural_person"));
        Assert.Equal(1, r.Cell("table3", "other_no_correction", "other_organization")); // a label wrapped over two lines
        Assert.Equal(1, r.Cell("table3", "carried_forward", "total"));
        // “2.重复申请” lost a number in the copy: its cells, and only they, are marked uncertain.
        var uncertain = r.Report.Uncertain.Where(u => u.Field.StartsWith("statistics.table3.", StringComparison.Ordinal) && !u.Field.StartsWith("statistics.table3.results_total", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(uncertain);
        Assert.All(uncertain, u => Assert.StartsWith("statistics.table3.not_processed_repeated.", u.Field));
        Assert.Contains("not_processed_repeated:", r.Yaml);
        Assert.Contains(r.Yaml.Split('\n'), l => l.Contains("natural_person: 1") && l.Contains(ReviewNotes.Marker));
        // The table lines are not narrative.
        Assert.DoesNotContain("本年新收政府信息公开申请数量 40", r.Yaml);
    }

    [Fact]
    public void Date_written_in_Chinese_numerals_is_the_date()
    {
        var r = Import("chinese-date.txt");
        Assert.Equal(new DateOnly(2019, 3, 20), r.Model!.Date);
        Assert.Equal("pre2019", r.Model.Format.Id);
        Assert.Equal(new[] { "示例镇人民政府" }, r.Model.Signature);
        Assert.Equal(2018, r.Model.Year);
        Assert.Equal(4, r.Model.Sections.Length);
    }
}
