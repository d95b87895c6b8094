using ReportGen.Documents.Diagnostics;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Checking;

/// <summary>
/// Rule tests as data: every case under RuleCases/ (one folder per rule, like Markdig's spec tests) is
/// written to a fresh data folder and checked; its header comment says what the check must find.
/// To add a test, add a case file — no C#.
/// </summary>
public sealed class RuleCaseTests
{
    public static TheoryData<string> Cases() => new(RuleCase.All());

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_finds_what_its_header_states(string name)
    {
        var @case = RuleCase.Read(name);
        var diagnostics = Check(@case);
        var found = "found:\n" + string.Join("\n", diagnostics.Select(d => $"  {d.Severity} {d.RuleId} [{d.Field}] line {d.Span?.Line}: {d.Message} | {d.Hint}"));

        if (@case.Clean) Assert.True(diagnostics.Count == 0, $"{name}: expected no diagnostics, {found}");
        foreach (var e in @case.Expectations)
        {
            var matching = diagnostics.Count(e.Matches);
            switch (e.Kind)
            {
                case ExpectationKind.Some:
                    Assert.True(matching > 0, $"{name}: expected {e}, {found}");
                    break;
                case ExpectationKind.Exactly:
                    Assert.True(matching == e.Count, $"{name}: expected {e} ({matching} matched), {found}");
                    break;
                case ExpectationKind.None:
                    Assert.True(diagnostics.All(d => d.RuleId != e.Code), $"{name}: expected {e}, {found}");
                    break;
            }
        }
        if (@case.OnlyThese)
        {
            // "expect no" names nothing that may appear; "expect N of" names N diagnostics, any other line one.
            var named = @case.Expectations.Where(e => e.Kind != ExpectationKind.None).ToList();
            int Wanted(Expectation e) => e.Kind == ExpectationKind.Exactly ? e.Count : 1;
            Assert.True(diagnostics.Count == named.Sum(Wanted) && named.All(e => diagnostics.Count(e.Matches) == Wanted(e)),
                $"{name}: expected only {string.Join("; ", named)}, {found}");
        }
    }

    [Fact]
    public void Every_rule_of_the_catalogue_that_a_format_applies_has_cases()
    {
        var folders = Directory.GetDirectories(RuleCase.Folder).Select(Path.GetFileName).ToHashSet();
        var missing = Catalog.RuleCodes.Select(c => c.Id)
            .Where(id => id is not ("R23" or "R24")) // roll-ups and charts across years: Building/ and Model/ tests, which need several agencies
            .Where(id => !folders.Contains(id)).ToList();
        Assert.True(missing.Count == 0, "rules without a case folder: " + string.Join(", ", missing));
    }

    /// <summary>The former C# rule tests made 92 assertions on diagnostics; the cases make at least as many checks (see the case files for the mapping).</summary>
    [Fact]
    public void The_cases_check_at_least_what_the_csharp_rule_tests_asserted()
    {
        var checks = RuleCase.All().Sum(n => RuleCase.Read(n).Checks);
        Assert.True(checks >= 92, $"{checks} checks");
    }

    private static IReadOnlyList<Diagnostic> Check(RuleCase @case)
    {
        var root = Path.Combine(Path.GetTempPath(), "reportgen-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var file = Write(root, @case.File, @case.Text);
            foreach (var (target, source) in @case.Also)
                Write(root, target, File.ReadAllText(Path.Combine(RuleCase.Folder, source)));
            var templates = @case.FormatEdit is { } edit
                ? TestRepo.TemplatesWith(edit.Format, text =>
                {
                    Assert.Contains(edit.Find, text);
                    return text.Replace(edit.Find, edit.Replace);
                })
                : null;
            return TestRepo.Pipeline(templates).Check(file).Diagnostics;
        }
        finally
        {
            try { Directory.Delete(root, recursive: true); } catch (IOException) { }
        }
    }

    private static string Write(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
