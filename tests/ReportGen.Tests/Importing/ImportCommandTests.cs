using System.Text.Json;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Importing;

/// <summary><c>reportgen import</c> as staff run it: one file, a folder (batch with a summary), --json, --check, never overwriting.</summary>
public class ImportCommandTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private static string Fixture(string name) => Path.Combine(Repo.Root, "tests", "ReportGen.Tests", "Importing", "Fixtures", name);

    private string Copy(string fixture, string folder = "downloads")
    {
        var target = Path.Combine(_ws.Root, folder, Path.GetFileName(fixture));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(fixture, target);
        return target;
    }

    private (int ExitCode, string Output) Import(params string[] args)
        => CliProcess.Run(_ws.Root, new[] { "import" }.Concat(args).Concat(new[] { "--templates", Repo.Templates }).ToArray());

    [Fact]
    public void Imports_one_report_and_never_overwrites_it()
    {
        var source = Copy(Fixture("portal-gbk.html"));
        var first = Import(source, "--agency", "jyj");
        Assert.True(first.ExitCode == 0, first.Output);
        var target = Path.Combine(_ws.Root, "data", "jyj", "2024.yaml");
        Assert.True(File.Exists(target), first.Output);
        Assert.Contains("导入：", first.Output);
        Assert.Contains("示例县教育局", first.Output);
        var written = File.ReadAllText(target);
        Assert.StartsWith("# yaml-language-server: $schema=../../templates/reportgen.schema.json", written);
        Assert.Contains("# （一）予以公开", written); // Chinese labels as comments, as staff write the file

        File.AppendAllText(target, "# edited by staff\n");
        var second = Import(source, "--agency", "jyj");
        Assert.Equal(2, second.ExitCode);
        Assert.Contains("不会覆盖", second.Output);
        Assert.EndsWith("# edited by staff\n", File.ReadAllText(target));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(target)!, "*.tmp"));
    }

    [Fact]
    public void A_folder_is_imported_as_a_batch_with_a_summary_and_json()
    {
        Copy(Fixture("label-variants.html"), "downloads");
        Copy(Fixture("chinese-date.txt"), "downloads/old");
        File.WriteAllText(Path.Combine(_ws.Root, "downloads", "broken.docx"), "PK\u0003\u0004 not a zip");
        Directory.CreateDirectory(Path.Combine(_ws.Root, "downloads", "page_files"));
        File.WriteAllText(Path.Combine(_ws.Root, "downloads", "page_files", "style.css"), "body{}");
        File.WriteAllText(Path.Combine(_ws.Root, "downloads", "logo.png"), "png");

        var run = Import("downloads", "--json", "--out", "imported");
        Assert.Equal(1, run.ExitCode); // one source could not be imported
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal(3, root.GetProperty("total").GetInt32());
        Assert.Equal(2, root.GetProperty("imported").GetInt32());
        Assert.Equal(1, root.GetProperty("skipped_files").GetInt32()); // logo.png; page_files/ is a saved page's folder
        var reports = root.GetProperty("reports").EnumerateArray().ToList();
        var broken = reports.Single(r => r.GetProperty("source").GetString()!.EndsWith("broken.docx"));
        Assert.False(broken.GetProperty("written").GetBoolean());
        Assert.Contains(broken.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("rule").GetString() == "E1004");
        var variants = reports.Single(r => r.GetProperty("source").GetString()!.EndsWith("label-variants.html"));
        Assert.Equal("2021", variants.GetProperty("format").GetString());
        Assert.Equal(4, variants.GetProperty("deviations").GetArrayLength());
        Assert.True(variants.GetProperty("cited").GetArrayLength() > 5);
        var old = reports.Single(r => r.GetProperty("source").GetString()!.EndsWith("chinese-date.txt"));
        Assert.Equal("pre2019", old.GetProperty("format").GetString());
        Assert.True(File.Exists(Path.Combine(_ws.Root, variants.GetProperty("target").GetString()!)));

        var text = Import("downloads", "--out", "again");
        Assert.Contains("共 3 个文件：导入 2，失败 1", text.Output);
        Assert.Contains("跳过其他文件 1 个", text.Output);
    }

    [Fact]
    public void Check_audits_the_imported_report_and_lists_what_to_confirm()
    {
        var source = Copy(Fixture("blank-cells.html"));
        var run = Import(source, "--agency", "jyj", "--check");
        Assert.Equal(1, run.ExitCode); // blank 表二 cells are errors for check (R6)
        Assert.Contains("检查：", run.Output);
        Assert.Contains("R6", run.Output);
        Assert.Contains("空白格（保留空白，未按 0 填写）：8 处", run.Output);

        // Later, `check` alone lists every value still marked for review, with its line.
        var check = CliProcess.Run(_ws.Root, "check", "data/jyj/2024.yaml", "--templates", Repo.Templates);
        Assert.Contains("E1020", check.Output);
        Assert.Contains("导入待核对", check.Output);
    }

    [Fact]
    public void Bad_arguments_are_usage_errors_in_chinese()
    {
        var missing = Import("nowhere.html");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("找不到文件或文件夹", missing.Output);
        var format = Import(Copy(Fixture("cell-units.html")), "--format", "2030");
        Assert.Equal(2, format.ExitCode);
        Assert.Contains("未知的报告格式", format.Output);
        var agency = Import(Copy(Fixture("cell-units.html"), "other"), "--agency", "Bad Id");
        Assert.NotEqual(0, agency.ExitCode);
        Assert.Contains("只能包含小写字母", agency.Output);
    }
}
