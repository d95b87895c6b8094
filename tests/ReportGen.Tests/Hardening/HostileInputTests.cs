using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using ReportGen.Building;
using ReportGen.Documents.Diagnostics;
using ReportGen.Documents.Writers;
using ReportGen.Documents.Writers.Docx;
using ReportGen.Documents.Writers.Html;
using ReportGen.Documents.Writers.Pdf;
using ReportGen.Files;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Hardening;

/// <summary>
/// Issue 14: the 18 failures an outside attacker found, one test (or more) per item, each failing before its fix.
/// The cases that are a data file live under RuleCases/Hostile (run by RuleCaseTests; their language is checked here).
/// </summary>
public sealed partial class HostileInputTests : IDisposable
{
    private readonly TempWorkspace _ws = new();
    private readonly string _outside = Path.Combine(Path.GetTempPath(), "reportgen-tests", "outside-" + Guid.NewGuid().ToString("N"));

    public HostileInputTests() => Directory.CreateDirectory(_outside);

    public void Dispose()
    {
        _ws.Dispose();
        try { Directory.Delete(_outside, recursive: true); } catch (IOException) { }
    }

    private static string WithParagraph(string paragraph)
        => Yaml.MinimalPre2019.Replace("      - 2018年，全区主动公开政府信息100条。", "      - 2018年，全区主动公开政府信息100条。\n      - \"" + paragraph + "\"");

    // 1 and 3: superlinear text passes. The inputs took minutes before; now they finish inside the hang guard (times are the bench's business).
    [Theory]
    [InlineData("digits", 1_000_000)]
    [InlineData("latin-word", 3_000_000)]
    public async Task Item_1_and_3_a_megabyte_run_without_break_opportunities_checks_and_builds(string kind, int length)
    {
        var text = new string(kind == "digits" ? '1' : 'x', length);
        var file = _ws.Write("testzone", 2018, WithParagraph(text));
        var build = Task.Run(() => TempWorkspace.Pipeline(new PdfWriter()).Build(file, _ws.Out));
        Assert.True(await Task.WhenAny(build, Task.Delay(ReportGen.Testing.ManualClock.HangGuard)) == build, "the build hung");
        var result = await build;
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        Assert.Single(result.Outputs);
    }

    // 2: a wrapped link repeated its whole URL per line in /Contents and /URI (26 KB → 56 MB).
    [Fact]
    public void Item_2_a_long_url_is_one_link_action_written_once()
    {
        var url = "http://www.gov.cn/" + new string('a', 30_000);
        var file = _ws.Write("testzone", 2018, WithParagraph("详见" + url + "。"));
        var result = TempWorkspace.Pipeline(new PdfWriter()).Build(file, _ws.Out);
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        var pdf = Encoding.Latin1.GetString(File.ReadAllBytes(result.Outputs[0]));
        Assert.Equal(1, Regex.Matches(pdf, "/S /URI /URI \\(").Count);
        // The address in full once (the action); each line's area carries only a short description.
        Assert.Equal(1, Regex.Matches(pdf, "a{30000}").Count);
        Assert.True(new FileInfo(result.Outputs[0]).Length < 2_000_000, $"{new FileInfo(result.Outputs[0]).Length} bytes");
    }

    // 5: a FIFO as data file, picture or template; a link chain to /dev/zero.
    [Fact]
    public void Item_5_a_fifo_picture_and_a_link_chain_to_dev_zero_are_refused_with_a_position()
    {
        if (OperatingSystem.IsWindows()) return;
        var folder = Path.Combine(_ws.Root, "data", "testzone");
        Directory.CreateDirectory(folder);
        Assert.Equal(0, MakeFifo(Path.Combine(folder, "pipe.png"), 0x1B6));
        File.CreateSymbolicLink(Path.Combine(folder, "z1.png"), "/dev/zero");
        File.CreateSymbolicLink(Path.Combine(folder, "z2.png"), Path.Combine(folder, "z1.png"));
        foreach (var picture in new[] { "pipe.png", "z2.png" })
        {
            var file = _ws.Write("testzone", 2018, Yaml.MinimalPre2019.Replace("      - 2018年，全区主动公开政府信息100条。",
                $"      - 2018年，全区主动公开政府信息100条。\n      - figure: 图\n        picture: {picture}"));
            var check = Task.Run(() => TempWorkspace.Check(file));
            Assert.True(check.Wait(ReportGen.Testing.ManualClock.HangGuard), "reading the picture blocked");
            var error = Assert.Single(check.Result, d => d.IsError);
            Assert.True(error.Span is { Line: > 1 }, error.ToString());
            Assert.DoesNotContain("OutOfMemory", error.ToString());
        }
    }

    // 6: data/x/loop → .. built the same report 41 times.
    [Fact]
    public void Item_6_a_link_loop_in_the_data_folder_finds_each_report_once()
    {
        var file = _ws.Write("testzone", 2018, Yaml.MinimalPre2019);
        Directory.CreateSymbolicLink(Path.Combine(_ws.Root, "data", "testzone", "loop"), "..");
        var found = DataFiles.Find([Path.Combine(_ws.Root, "data")]);
        Assert.Equal([Path.GetFullPath(file)], found);
    }

    // 7: a picture that is a link to a link to /etc/passwd was embedded in HTML and DOCX.
    [Fact]
    public void Item_7_a_two_step_link_to_a_file_outside_is_refused_and_never_embedded()
    {
        var secret = Path.Combine(_outside, "secret.png");
        File.WriteAllText(secret, "SECRET-CONTENT-OF-A-FOREIGN-FILE");
        var folder = Path.Combine(_ws.Root, "data", "testzone");
        Directory.CreateDirectory(folder);
        File.CreateSymbolicLink(Path.Combine(folder, "step1.png"), secret);
        File.CreateSymbolicLink(Path.Combine(folder, "step2.png"), Path.Combine(folder, "step1.png"));
        var file = _ws.Write("testzone", 2018, Yaml.MinimalPre2019.Replace("      - 2018年，全区主动公开政府信息100条。",
            "      - 2018年，全区主动公开政府信息100条。\n      - figure: 图\n        picture: step2.png"));
        var result = TempWorkspace.Pipeline(new HtmlWriter(), new DocxWriter()).Build(file, _ws.Out);
        Assert.Contains(result.Diagnostics, d => d.IsError && d.Span is { Line: > 1 });
        Assert.Empty(result.Outputs);
    }

    // 8: an include of a file linked outside the template folders; the error quoted the foreign file's first bytes.
    [Fact]
    public void Item_8_a_template_include_linked_outside_is_refused_without_echoing_it()
    {
        var foreign = Path.Combine(_outside, "foreign.sbn");
        File.WriteAllText(foreign, "FOREIGN-TEMPLATE-TEXT {{ 1 +");
        var overrides = Path.Combine(_ws.Root, "my-templates");
        Directory.CreateDirectory(Path.Combine(overrides, "pre2019"));
        File.CreateSymbolicLink(Path.Combine(overrides, "pre2019", "evil.sbn"), foreign);
        File.WriteAllText(Path.Combine(overrides, "pre2019", "report.sbn"), "{{ include 'evil' }}");
        var file = _ws.Write("testzone", 2018, Yaml.MinimalPre2019);
        var result = new ReportPipeline(TempWorkspace.Formats, new IDocumentWriter[] { new HtmlWriter() }, overrides).Build(file, _ws.Out);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.DoesNotContain("FOREIGN", error.ToString());
        Assert.Empty(result.Outputs);
    }

    // 9: two data files for one agency and year (here in two data folders) both succeeded and overwrote each other.
    [Fact]
    public void Item_9_two_files_for_one_report_are_both_refused_before_building_naming_each_other()
    {
        var first = _ws.Write("testzone", 2018, Yaml.MinimalPre2019);
        var second = Path.Combine(_ws.Root, "data2", "testzone", "2018.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(second)!);
        File.WriteAllText(second, Yaml.MinimalPre2019);
        var files = DataFiles.Find([Path.Combine(_ws.Root, "data"), Path.Combine(_ws.Root, "data2")]);
        var summary = new BatchRunner(TempWorkspace.Pipeline(new HtmlWriter())).Run(files, new BatchOptions(_ws.Out, Force: true));
        Assert.Equal(2, summary.Failed);
        Assert.All(summary.Items, i => Assert.Equal("E0004", i.FirstError!.RuleId));
        Assert.Contains(Path.GetFullPath(second), summary.Items.Single(i => i.File == Path.GetFullPath(first)).FirstError!.Message);
        Assert.False(File.Exists(Path.Combine(_ws.Out, "testzone", "2018.html")));
    }

    // 10: two build --force runs on one --out: one deleted the other's temp files at start-up.
    [Fact]
    public void Item_10_two_builds_on_one_output_folder_both_finish_with_complete_outputs()
    {
        for (var i = 0; i < 4; i++) _ws.Write("a" + i, 2018, Yaml.MinimalPre2019.Replace("id: testzone", "id: a" + i));
        string[] args = ["build", "data", "--out", "out", "--force", "--format", "html,docx", "--templates", Repo.Templates];
        var runs = Enumerable.Range(0, 2).Select(_ => Task.Run(() => CliProcess.Run(_ws.Root, args))).ToArray();
        Assert.True(Task.WaitAll(runs, ReportGen.Testing.ManualClock.HangGuard), "the two builds did not finish");
        foreach (var run in runs)
        {
            Assert.True(run.Result.ExitCode == 0, run.Result.Output);
            Assert.DoesNotContain("reportgen-tmp", run.Result.Output);
        }
        for (var i = 0; i < 4; i++)
            foreach (var ext in new[] { "html", "docx" })
                Assert.True(new FileInfo(Path.Combine(_ws.Out, "a" + i, "2018." + ext)).Length > 0);
        Assert.Empty(Directory.GetFiles(_ws.Out, "*" + AtomicFile.TempSuffix, SearchOption.AllDirectories));
    }

    // 12: 😀 or Tibetan in the title passed check and failed build with E0903 and no line.
    [Theory]
    [InlineData("😀")]
    [InlineData("ༀ")]
    public void Item_12_check_finds_a_character_no_font_draws_at_its_line(string ch)
    {
        var file = _ws.Write("testzone", 2018, Yaml.MinimalPre2019.Replace("signature: [测试区人民政府]", "title: [测试区" + ch + "报告]\nsignature: [测试区人民政府]"));
        var pipeline = new ReportPipeline(TempWorkspace.Formats, [], glyphFonts: new PdfWriter().Fonts);
        var error = Assert.Single(pipeline.Check(file).Diagnostics, d => d.IsError);
        Assert.Equal("E0903", error.RuleId);
        Assert.Equal(9, error.Span!.Line);
        var built = TempWorkspace.Pipeline(new PdfWriter()).Build(file, _ws.Out);
        Assert.Contains(built.Diagnostics, d => d.RuleId == "E0903" && d.Span is { Line: 9 });
        Assert.Empty(built.Outputs);
    }

    // 13: a 3000×4 table or 5000 columns passed check, then build failed inside our own template (body.sbn, E0201).
    [Theory]
    [InlineData(3000, 4)]
    [InlineData(1, 5000)]
    public void Item_13_a_table_too_large_to_render_is_refused_by_check_at_the_table(int rows, int columns)
    {
        var row = "[" + string.Join(", ", Enumerable.Repeat("1", columns)) + "]";
        var table = "      - table:\n          header: " + row + "\n          rows:\n" + string.Concat(Enumerable.Repeat("            - " + row + "\n", rows));
        var file = _ws.Write("testzone", 2018, Yaml.MinimalPre2019.Replace("      - 2018年，全区主动公开政府信息100条。\n", "      - 2018年，全区主动公开政府信息100条。\n" + table));
        var error = Assert.Single(TempWorkspace.Check(file), d => d.IsError);
        Assert.Equal("E0104", error.RuleId);
        Assert.Equal(17, error.Span!.Line);
        Assert.Contains("超过上限", error.Message);
        Assert.DoesNotContain(TempWorkspace.Pipeline(new HtmlWriter()).Build(file, _ws.Out).Diagnostics, d => d.RuleId == "E0201");
    }

    // 14: schema --out /dev/full printed success and replaced the device with a regular file.
    [Fact]
    public void Item_14_writes_refuse_a_target_that_is_not_a_regular_file_and_report_a_full_disk()
    {
        var folderTarget = Path.Combine(_ws.Root, "a-folder");
        Directory.CreateDirectory(folderTarget);
        var e = Assert.Throws<OutputException>(() => OutputFile.WriteText(folderTarget, "x"));
        Assert.Equal(OutputProblem.NotARegularFile, e.Problem);
        Assert.True(Directory.Exists(folderTarget));
        if (OperatingSystem.IsWindows() || !File.Exists("/dev/full")) return;
        var run = CliProcess.Run(_ws.Root, "schema", "--out", "/dev/full", "--templates", Repo.Templates);
        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain("已写出", run.Output);
        Assert.Equal(0, new FileInfo("/dev/full").Length); // still the device: a file put in its place would hold the schema
    }

    // 15 and 16: stack traces and exit 1 for bad arguments; E0003 with English for --out that is a file; outputs inside the inputs accepted.
    public static TheoryData<string[]> BadArguments => new()
    {
        new[] { "build", "data", "--out", "" },
        new[] { "build", "data", "--font", "body=/dev/zero" },
        new[] { "build", "data", "--json", "/proc/self/x" },
        new[] { "build", "data", "--json", "/" },
        new[] { "build", "data", "--json", "/dev/full" },
        new[] { "schema", "--out", "/" },
        new[] { "init", "/proc/self/newws" },
        new[] { "build", "data", "--out", "afile" },
        new[] { "build", "data", "--out", "/dev/null" },
        new[] { "build", "data", "--out", "/proc/self/out" },
        new[] { "build", "data", "--out", "data" },
        new[] { "build", "data", "--out", "data/out" },
        new[] { "build", "data", "--format", "" },
    };

    [Theory]
    [MemberData(nameof(BadArguments))]
    public void Item_15_and_16_every_usage_or_io_problem_is_one_chinese_line_and_exit_2(string[] args)
    {
        _ws.Write("testzone", 2018, Yaml.MinimalPre2019);
        File.WriteAllText(Path.Combine(_ws.Root, "afile"), "x");
        var withTemplates = args[0] is "build" or "schema" ? args.Concat(["--templates", Repo.Templates]).ToArray() : args;
        var run = CliProcess.Run(_ws.Root, withTemplates);
        Assert.True(run.ExitCode == 2, $"exit {run.ExitCode}: {run.Output}");
        Assert.DoesNotContain("   at ", run.Output);
        Assert.DoesNotContain("Exception", run.Output);
        Assert.Matches("[\u4E00-\u9FFF]", run.Output);
        Assert.DoesNotMatch(EnglishSentence(), run.Output);
        Assert.False(Directory.Exists(Path.Combine(_ws.Root, "data", "testzone", "testzone")), "outputs were written inside the data");
    }

    // 17: a 2 MB bad value printed a 4 MB diagnostic.
    [Fact]
    public void Item_17_a_huge_bad_value_is_quoted_as_a_short_excerpt()
    {
        var file = _ws.Write("testzone", 2018, Yaml.MinimalPre2019.Replace("date: 2019-03-01", "date: " + new string('x', 2_000_000)));
        var error = Assert.Single(TempWorkspace.Check(file), d => d.IsError);
        Assert.True(error.ToString().Length < 1000, $"{error.ToString().Length} characters");
        Assert.Contains("2000000", error.Message);
    }

    /// <summary>Every Hostile data case: its errors are Chinese and positioned, never the parser's English.</summary>
    public static TheoryData<string> DataCases() => new(Checking.RuleCase.All().Where(n => n.StartsWith("Hostile/", StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(DataCases))]
    public void The_data_cases_speak_chinese_at_a_position(string name)
    {
        var @case = Checking.RuleCase.Read(name);
        var root = Path.Combine(_ws.Root, "case");
        var file = Path.Combine(root, @case.File);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, @case.Text);
        foreach (var (target, source) in @case.Also)
        {
            var path = Path.Combine(root, target);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.Copy(Path.Combine(Checking.RuleCase.Folder, source), path);
        }
        var errors = TempWorkspace.Check(file).Where(d => d.IsError).ToList();
        Assert.NotEmpty(errors);
        foreach (var error in errors)
        {
            Assert.True(error.Span is { Line: >= 1, Column: >= 1 }, error.ToString());
            Assert.DoesNotMatch(EnglishSentence(), error.Message);
        }
    }

    private static int CountOf(string text, string part)
    {
        var n = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) n++;
        return n;
    }

    /// <summary>English prose of a library or the runtime: three English words in a row.</summary>
    [GeneratedRegex(@"\b[A-Za-z]{2,}\s+[a-z]{2,}\s+[a-z]{2,}\b")]
    private static partial Regex EnglishSentence();

    [DllImport("libc", EntryPoint = "mkfifo")]
    private static extern int MakeFifo(string path, int mode);
}
