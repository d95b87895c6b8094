using System.Diagnostics;
using ReportGen.Building;
using ReportGen.Files;
using ReportGen.Documents.Writers;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Building;

public class BuildTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    public void Dispose() => _ws.Dispose();

    [Fact]
    public void Build_writes_outputs_under_agency_and_year()
    {
        var file = _ws.Write("testzone", 2018, Yaml.MinimalPre2019);
        var result = TempWorkspace.Pipeline(new DumpWriter()).Build(file, _ws.Out);
        Assert.False(result.Failed);
        var output = Path.Combine(_ws.Out, "testzone", "2018.txt");
        Assert.Equal(output, Assert.Single(result.Outputs));
        Assert.Contains("h1 一、概述", File.ReadAllText(output));
    }

    [Fact]
    public void A_failing_run_leaves_the_previous_good_output_untouched()
    {
        var file = _ws.Write("testzone", 2018, Yaml.MinimalPre2019);
        var pipeline = TempWorkspace.Pipeline(new DumpWriter());
        pipeline.Build(file, _ws.Out);
        var output = Path.Combine(_ws.Out, "testzone", "2018.txt");
        var good = File.ReadAllBytes(output);

        _ws.Write("testzone", 2018, Yaml.MinimalPre2019.Replace("a1: 100", "a1: -100"));
        var result = pipeline.Build(file, _ws.Out);
        Assert.True(result.Failed);
        Assert.Empty(result.Outputs);
        Assert.Equal(good, File.ReadAllBytes(output));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(output)!, "*" + AtomicFile.TempSuffix));
    }

    [Fact]
    public void Writer_failure_writes_no_format_at_all()
    {
        var file = _ws.Write("testzone", 2018, Yaml.MinimalPre2019);
        var result = TempWorkspace.Pipeline(new DumpWriter(), new FailingWriter()).Build(file, _ws.Out);
        Assert.True(result.Failed);
        Assert.False(File.Exists(Path.Combine(_ws.Out, "testzone", "2018.txt")));
    }

    [Fact]
    public void Stale_temp_files_of_a_killed_run_are_cleaned()
    {
        Directory.CreateDirectory(Path.Combine(_ws.Out, "a"));
        File.WriteAllText(Path.Combine(_ws.Out, "a", ".2018.docx.1.1" + AtomicFile.TempSuffix), "half");
        Assert.Equal(1, AtomicFile.CleanStale(_ws.Out));
    }

    [Fact]
    public void Cli_exit_codes_distinguish_data_errors_from_usage_errors()
    {
        _ws.Write("testzone", 2018, Yaml.MinimalPre2019);
        var ok = Cli("build", "data", "--format", "txt", "--out", "out", "--templates", Repo.Templates);
        Assert.Equal(0, ok.ExitCode);
        Assert.Contains("生成 1", ok.Output);

        _ws.Write("badzone", 2018, Yaml.MinimalPre2019.Replace("testzone", "badzone").Replace("kind: government", "kind: ministry"));
        var bad = Cli("build", "data", "--format", "txt", "--out", "out", "--templates", Repo.Templates);
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("badzone/2018.yaml:5:9: 错误 E0104 [agency.kind]", bad.Output);
        Assert.Contains("^", bad.Output);
        Assert.True(File.Exists(Path.Combine(_ws.Out, "testzone", "2018.txt")));
        Assert.False(File.Exists(Path.Combine(_ws.Out, "badzone", "2018.txt")));

        Assert.Equal(2, Cli("build", "nowhere", "--templates", Repo.Templates).ExitCode);
        Assert.Equal(2, Cli("build", "data", "--format", "doc", "--templates", Repo.Templates).ExitCode);
    }

    [Fact]
    public void Cli_check_json_lists_diagnostics()
    {
        _ws.Write("testzone", 2018, Yaml.MinimalPre2019.Replace("a1: 100", "a1: 100\n  a1x: 200"));
        var run = Cli("check", "data", "--json", "--templates", Repo.Templates);
        Assert.Equal(1, run.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(run.Output);
        var d = json.RootElement[0].GetProperty("diagnostics")[0];
        Assert.Equal("R17", d.GetProperty("rule").GetString());
        Assert.Equal(18, d.GetProperty("line").GetInt32());
    }

    [Fact]
    public void Cli_build_json_summary_lists_every_report_with_its_outcome()
    {
        _ws.Write("zone1", 2018, Yaml.MinimalPre2019.Replace("testzone", "zone1"));
        _ws.Write("zone2", 2018, Yaml.MinimalPre2019.Replace("testzone", "zone2").Replace("a1: 100", "a1: -1"));
        var run = Cli("build", "data", "--format", "txt", "--out", "out", "--json", "-", "--templates", Repo.Templates);
        Assert.Equal(1, run.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal(2, root.GetProperty("total").GetInt32());
        Assert.Equal(1, root.GetProperty("rendered").GetInt32());
        Assert.Equal(1, root.GetProperty("failed").GetInt32());
        var failed = root.GetProperty("reports").EnumerateArray().Single(r => r.GetProperty("outcome").GetString() == "failed");
        Assert.Contains("zone2", failed.GetProperty("file").GetString());
        Assert.Equal("statistics.a1", failed.GetProperty("first_error").GetProperty("field").GetString());

        var again = Cli("build", "data", "--format", "txt", "--out", "out", "--json", "-", "--templates", Repo.Templates);
        using var second = System.Text.Json.JsonDocument.Parse(again.Output);
        Assert.Equal(1, second.RootElement.GetProperty("skipped").GetInt32());
    }

    [Fact]
    public void Cli_explain_prints_the_rule()
    {
        var run = Cli("explain", "R16");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("统计表合计", run.Output);
    }

    private (int ExitCode, string Output) Cli(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "ReportGen.Cli.dll");
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = _ws.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        return (p.ExitCode, stdout.Result + stderr.Result);
    }

    private sealed class FailingWriter : IDocumentWriter
    {
        public string Format => "fail";

        public void Write(ReportGen.Documents.Document.ReportDocument document, Stream output)
            => throw new ReportGen.Documents.Diagnostics.ReportGenException(new ReportGen.Documents.Diagnostics.Diagnostic(
                ReportGen.Documents.Diagnostics.Severity.Error, "E0301", null, "", "写出失败"));
    }
}
