using ReportGen.Building;
using ReportGen.Documents.Diagnostics;
using ReportGen.Documents.Writers.Docx;
using ReportGen.Documents.Writers.Html;
using ReportGen.Documents.Writers.Pdf;
using ReportGen.Testing;
using ReportGen.Tooling.Fuzzing;
using ReportGen.Tests.Support;
using Xunit.Abstractions;

namespace ReportGen.Tests.Hardening;

public class FuzzTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempWorkspace _ws = new();

    public void Dispose() => _ws.Dispose();

    /// <summary>PDF too: a 100 KB URL once made an 894 MB PDF, which a fuzz run without PDF never saw.</summary>
    private static ReportPipeline Pipeline() => TempWorkspace.Pipeline(new DocxWriter(), new HtmlWriter(), new PdfWriter());

    private static (int, string) Launch(string folder, string[] args) => CliProcess.Run(folder, args);

    private static IReadOnlyList<string> SeedFiles() => DataFiles.Find(new[] { Repo.Data });

    [Fact]
    public void A_bounded_fuzz_run_over_the_data_files_never_crashes()
    {
        // A fixed count, never a time budget, so a busy machine runs the same inputs (only slower).
        // The case timeout only tells a hang from a slow case.
        // Every fourth data file (both formats), each meeting every mutator once: with PDF and the command-line classes
        // (two builds at once are two processes) a case takes up to seconds, and the benchmark is where counts go up.
        var seeds = SeedFiles().Where((_, i) => i % 4 == 0).ToList();
        var count = seeds.Count * MutatorCatalog.All.Count;
        var options = FuzzOptions.Default with { Count = count, Seed = 20261123, TimeBudget = null, CaseTimeout = ManualClock.HangGuard };
        var report = new FuzzRunner(Pipeline(), cli: Launch).Run(seeds, options);

        var text = new StringWriter();
        report.Print(text);
        output.WriteLine(text.ToString());
        Assert.Empty(report.Crashes);
        Assert.Equal(count, report.Total);
        Assert.True(report.Count(FuzzOutcome.Ok) > 0 && report.Count(FuzzOutcome.Rejected) > 0);
        Assert.Equal(MutatorCatalog.All.Select(m => m.Name).Order(), report.Counts.Keys.Order());
    }

    [Fact]
    public void A_bounded_import_fuzz_run_over_published_reports_never_crashes()
    {
        // Current-format reports and one old-format report, each published four ways (HTML, DOCX, PDF, text),
        // meet every source mutator once: a fixed count, never a time budget, so a busy machine runs the same
        // inputs (only slower). The case timeout only tells a hang from a slow case.
        var files = SeedFiles().Where(f => f.Contains("yunxi" + Path.DirectorySeparatorChar, StringComparison.Ordinal) || f.Contains("lingdong", StringComparison.Ordinal) || f.Contains("shili", StringComparison.Ordinal)).ToList();
        var pipeline = TempWorkspace.Pipeline(new DocxWriter(), new HtmlWriter(), new ReportGen.Documents.Writers.Pdf.PdfWriter());
        var runner = new ImportFuzzRunner(pipeline);
        var count = runner.Sources(files).Count * SourceMutators.All.Count;
        var options = FuzzOptions.Default with { Count = count, Seed = 20261202, TimeBudget = null, CaseTimeout = ManualClock.HangGuard };
        var report = runner.Run(files, options);

        var text = new StringWriter();
        report.Print(text);
        output.WriteLine(text.ToString());
        Assert.Empty(report.Crashes);
        Assert.Equal(count, report.Total);
        Assert.True(report.Count(FuzzOutcome.Ok) > 0 && report.Count(FuzzOutcome.Rejected) > 0);
        Assert.Equal(SourceMutators.All.Select(m => m.Name).Order(), report.Counts.Keys.Order());
    }

    [Fact]
    public void The_fuzz_command_prints_counts_per_mutator_and_exits_0_without_crashes()
    {
        foreach (var seed in SeedFiles().Take(2))
            _ws.Write(Path.GetFileName(Path.GetDirectoryName(seed))!, int.Parse(Path.GetFileNameWithoutExtension(seed)), File.ReadAllText(seed));
        var count = 2 * MutatorCatalog.All.Count;
        var run = CliProcess.Run(_ws.Root, "fuzz", "data", "--count", count.ToString(System.Globalization.CultureInfo.InvariantCulture), "--seed", "4", "--templates", Repo.Templates,
            "--case-timeout", ManualClock.HangGuard.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("合计", run.Output);
        Assert.Contains($"共 {count} 个输入", run.Output);
        Assert.Contains("毫秒/个", run.Output);
        foreach (var m in MutatorCatalog.All) Assert.Contains(m.Name, run.Output);
    }

    [Fact]
    public void Mutants_are_a_function_of_seed_and_index()
    {
        var seeds = SeedFiles().Select(f => (f, File.ReadAllBytes(f))).ToList();
        for (var i = 0; i < 200; i++)
            Assert.Equal(FuzzRunner.Mutant(seeds, MutatorCatalog.All, 5, i).Bytes, FuzzRunner.Mutant(seeds, MutatorCatalog.All, 5, i).Bytes);
    }

    [Fact]
    public void Found_by_fuzzing_a_null_agency_is_an_error_not_a_silent_skip()
    {
        var file = _ws.Write("testzone", 2018, Yaml.MinimalPre2019.Replace("agency:\n  id: testzone\n  name: 测试区人民政府\n  kind: government\n  level: county", "agency: ~"));
        var verdict = new CaseClassifier(Pipeline()).Classify(file, File.ReadAllBytes(file), _ws.Out);
        Assert.Equal(FuzzOutcome.Rejected, verdict.Outcome);
        Assert.Contains(TempWorkspace.Check(file), d => d.IsError && d.Field == "agency");
    }

    [Fact]
    public void Found_by_fuzzing_a_yamldotnet_scanner_exception_becomes_a_positioned_syntax_error()
    {
        // Seed 7, mutant 1951 of changchun/2017.yaml (random bytes) made YamlDotNet throw InvalidOperationException;
        // the mutant is kept as a fixture, since mutants change whenever data/ does.
        var file = _ws.Write("changchun", 2017, "");
        File.Copy(Path.Combine(Repo.Root, "tests", "ReportGen.Tests", "Hardening", "Fixtures", "scanner-exception.yaml"), file, overwrite: true);

        var diagnostics = new DiagnosticBag();
        Assert.Null(Models.Read(TempWorkspace.Formats, file, diagnostics));
        var error = Assert.Single(diagnostics.Items, d => d.IsError);
        Assert.Equal("E0002", error.RuleId);
        Assert.True(error.Span!.Line > 1);
        Assert.Equal(FuzzOutcome.Rejected, new CaseClassifier(Pipeline()).Classify(file, File.ReadAllBytes(file), _ws.Out).Outcome);
    }

    [Fact]
    public void The_classifier_calls_output_despite_errors_a_crash()
    {
        var file = _ws.Write("testzone", 2018, Yaml.MinimalPre2019.Replace("a1: 100", "a1: -1"));
        Directory.CreateDirectory(Path.Combine(_ws.Out, "testzone"));
        File.WriteAllText(Path.Combine(_ws.Out, "testzone", "2018.html"), "stale");
        var verdict = new CaseClassifier(Pipeline()).Classify(file, File.ReadAllBytes(file), _ws.Out);
        Assert.Equal(FuzzOutcome.Crash, verdict.Outcome);
    }
}
