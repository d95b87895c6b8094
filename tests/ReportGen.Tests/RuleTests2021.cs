using ReportGen.Documents.Diagnostics;

namespace ReportGen.Tests;

/// <summary>One test per rule of the current format: a minimal broken input is reported under the rule's id, the fixed one is not.</summary>
public sealed class RuleTests2021
{
    private static void Fires(string rule, IReadOnlyList<Diagnostic> diagnostics)
        => Assert.True(diagnostics.Any(d => d.RuleId == rule), $"expected {rule}, got:\n" + Describe(diagnostics));

    private static void Clean(IReadOnlyList<Diagnostic> diagnostics)
        => Assert.True(diagnostics.Count == 0, "expected no diagnostics, got:\n" + Describe(diagnostics));

    private static string Describe(IReadOnlyList<Diagnostic> diagnostics)
        => string.Join("\n", diagnostics.Select(d => $"{d.Severity} {d.RuleId} {d.Field} {d.Message}"));

    [Fact]
    public void Minimal_report_is_clean() => Clean(TestRepo.Check(Minimal2021.Yaml));

    [Fact]
    public void Minimal_report_with_previous_year_is_clean() => Clean(TestRepo.Check(Minimal2021.Yaml, previousYaml: Minimal2021.PreviousYear));

    [Fact]
    public void R1_identity_of_table_three()
    {
        var d = TestRepo.Check(Minimal2021.With("carried_forward: { natural_person: 3 }", "carried_forward: { natural_person: 4 }"));
        Fires("R1", d);
        var r1 = d.First(x => x.RuleId == "R1");
        Assert.Contains("自然人", r1.Message);
        Assert.Contains("应为 3", r1.Hint);
    }

    [Fact]
    public void R2_total_column_is_computed_not_typed()
        => Fires("R2", TestRepo.Check(Minimal2021.With("new_received: { natural_person: 10, commercial_enterprise: 2 }", "new_received: { natural_person: 10, commercial_enterprise: 2, total: 12 }")));

    [Fact]
    public void R3_results_total_row_is_computed_not_typed()
        => Fires("R3", TestRepo.Check(Minimal2021.With("carried_forward: { natural_person: 3 }", "carried_forward: { natural_person: 3 }\n    results_total: { natural_person: 9 }")));

    [Fact]
    public void R4_table_four_totals_are_computed_not_typed()
        => Fires("R4", TestRepo.Check(Minimal2021.With("cases: { review_upheld: 1 }", "cases: { review_upheld: 1, review_total: 1 }")));

    [Fact]
    public void R5_counts_are_non_negative_integers()
    {
        Fires("R5", TestRepo.Check(Minimal2021.With("administrative_penalty: 5", "administrative_penalty: -5")));
        Fires("R5", TestRepo.Check(Minimal2021.With("administrative_penalty: 5", "administrative_penalty: 5.5")));
    }

    [Fact]
    public void R6_table_two_cells_must_be_typed()
    {
        var d = TestRepo.Check(Minimal2021.With("    regulations: { issued: 0, repealed: 0, in_force: 0 }\n", ""));
        Fires("R6", d);
        Assert.Contains(d, x => x.RuleId == "R6" && x.Message.Contains("规章") && x.Message.Contains("现行有效件数"));
    }

    [Fact]
    public void R7_required_sections_are_not_empty()
        => Fires("R7", TestRepo.Check(Minimal2021.With("  problems: [存在的问题是解读形式单一。]\n", "")));

    [Fact]
    public void R7_format_must_be_in_force_for_the_report_year()
    {
        var yaml = File.ReadAllText(Path.Combine(TestRepo.Root, "tests", "ReportGen.Tests", "Data", "format2019.yaml"));
        Fires("R7", TestRepo.Check(yaml.Replace("year: 2020", "year: 2022").Replace("date: 2021-03-20", "date: 2023-03-20"), year: 2022));
    }

    [Fact]
    public void R8_subtopics_and_government_oversight_results()
    {
        Fires("R8", TestRepo.Check(Minimal2021.With("    platforms: [优化政府网站。]\n", "")));
        Fires("R8", TestRepo.Check(Minimal2021.With("oversight: [将政务公开纳入绩效考核，开展社会评议，未发生责任追究情况。]", "oversight: [加强监督。]")));
        // A department need not report 考核、评议、追究.
        Clean(TestRepo.Check(Minimal2021.With("oversight: [将政务公开纳入绩效考核，开展社会评议，未发生责任追究情况。]", "oversight: [加强监督。]")
            .Replace("kind: government", "kind: department").Replace("date: 2024-03-20", "date: 2024-01-20")));
    }

    [Fact]
    public void R9_carry_over_matches_last_year_and_names_the_file()
    {
        var previous = Minimal2021.PreviousYear.Replace("carried_forward: { natural_person: 2 }", "carried_forward: { natural_person: 1 }")
            .Replace("new_received: { natural_person: 9,", "new_received: { natural_person: 8,");
        var d = TestRepo.Check(Minimal2021.Yaml, previousYaml: previous);
        Fires("R9", d);
        Assert.Contains("2022.yaml", d.First(x => x.RuleId == "R9").Message);
    }

    [Fact]
    public void R9_says_when_last_years_file_cannot_be_read()
    {
        var d = TestRepo.Check(Minimal2021.Yaml, previousYaml: "format: \"2021\"\nyear: [");
        Assert.Contains(d, x => x.RuleId == "R9" && x.Severity == Severity.Warning && x.Message.Contains("2022.yaml"));
    }

    [Fact]
    public void R8_in_the_2019_format_government_results_anywhere_in_the_overview()
    {
        var yaml = File.ReadAllText(Path.Combine(TestRepo.Root, "tests", "ReportGen.Tests", "Data", "format2019.yaml"));
        Clean(TestRepo.Check(yaml, year: 2020));
        Fires("R8", TestRepo.Check(yaml.Replace("将政务公开纳入绩效考核，开展社会评议，未发生责任追究情况。", "加强监督。"), year: 2020));
    }

    [Fact]
    public void R10_documents_in_force_continue_from_last_year()
        => Fires("R10", TestRepo.Check(Minimal2021.With("in_force: 10 }", "in_force: 12 }"), previousYaml: Minimal2021.PreviousYear));

    [Fact]
    public void R11_cannot_repeal_more_than_exists()
        => Fires("R11", TestRepo.Check(Minimal2021.With("regulations: { issued: 0, repealed: 0, in_force: 0 }", "regulations: { issued: 0, repealed: 1, in_force: 0 }"), previousYaml: Minimal2021.PreviousYear));

    [Fact]
    public void R12_narrative_figure_equals_table_cell()
    {
        var d = TestRepo.Check(Minimal2021.With("${table3.new_received.total}件", "13件"));
        Fires("R12", d);
        Assert.Contains("12", d.First(x => x.RuleId == "R12").Message);
        // Citing the wrong cell is caught as well.
        Fires("R12", TestRepo.Check(Minimal2021.With("${table3.new_received.total}件", "${table3.carried_over.total}件")));
        Clean(TestRepo.Check(Minimal2021.With("${table3.new_received.total}件", "12件")));
        // Other applications (行政复议申请) are not the table-三 quantity.
        Clean(TestRepo.Check(Minimal2021.With("全年共收到政府信息公开申请${table3.new_received.total}件。", "全年收到行政复议申请1件。")));
    }

    [Fact]
    public void R13_percentages_are_recomputed()
    {
        const string text = "全年共收到政府信息公开申请${table3.new_received.total}件。";
        Fires("R13", TestRepo.Check(Minimal2021.With(text, "全年共办结11件，其中予以公开10件，占90%。")));
        Clean(TestRepo.Check(Minimal2021.With(text, "全年共办结11件，其中予以公开10件，占91%。")));
        Clean(TestRepo.Check(Minimal2021.With(text, "全年共办结${table3.results_total.total}件，其中予以公开${table3.granted.total}件，占${table3.granted.total:pct}。")));
    }

    [Fact]
    public void R15_deadline_depends_on_the_agency_level()
    {
        Fires("R15", TestRepo.Check(Minimal2021.With("date: 2024-03-20", "date: 2024-04-02")));
        Fires("R15", TestRepo.Check(Minimal2021.Yaml.Replace("kind: government", "kind: department")));
        Fires("R15", TestRepo.Check(Minimal2021.With("date: 2024-03-20", "date: 2023-12-30")));
    }

    [Fact]
    public void R19_applications_are_counted_in_jian()
        => Fires("R19", TestRepo.Check(Minimal2021.With("${table3.new_received.total}件", "${table3.new_received.total}条")));

    [Fact]
    public void R20_section_six_states_the_fee_position()
    {
        Fires("R20", TestRepo.Check(Minimal2021.With("other: [本年度未收取信息处理费。]", "other: [无其他事项。]")));
        // Applications dropped for unpaid fees mean fee notices were sent.
        var unpaid = Minimal2021.With("unable_not_held: { natural_person: 1 }", "other_fee_unpaid: { natural_person: 1 }");
        Fires("R20", TestRepo.Check(unpaid));
        Clean(TestRepo.Check(unpaid.Replace("本年度未收取信息处理费。", "本年度发出收费通知1份，申请人逾期未缴纳，未收取信息处理费。")));
    }

    [Fact]
    public void R21_format_labels_keep_full_width_punctuation()
    {
        var templates = TestRepo.TemplatesWith(Path.Combine("2021", "format.yaml"), text => text.Replace("label: （一）予以公开", "label: \"(一)予以公开\""));
        var d = TestRepo.Pipeline(templates).Check(TestRepo.Write(Minimal2021.Yaml)).Diagnostics;
        Fires("R21", d);
        Assert.Contains(d, x => x.RuleId == "R21" && x.Message.Contains("(一)予以公开"));
    }

    [Fact]
    public void R22_applicant_breakdown_adds_up()
    {
        const string text = "全年共收到政府信息公开申请${table3.new_received.total}件。";
        Fires("R22", TestRepo.Check(Minimal2021.With(text, "全年共收到政府信息公开申请12件，其中自然人申请10件，法人或其他组织申请1件。")));
        Clean(TestRepo.Check(Minimal2021.With(text, "全年共收到政府信息公开申请12件，其中自然人申请10件，法人或其他组织申请2件。")));
    }

    [Fact]
    public void Skipped_cells_of_table_three_are_zero_and_totals_are_computed()
    {
        var document = TestRepo.Render(TestRepo.Write(Minimal2021.Yaml));
        var dump = ReportGen.Documents.Document.DocumentDumper.Dump(document);
        Assert.Contains("[th cs=3 一、本年新收政府信息公开申请数量] [10] [2] [0] [0] [0] [0] [12]", dump);
        Assert.Contains("[th cs=2 （七）总计] [9] [2] [0] [0] [0] [0] [11]", dump);
    }
}
