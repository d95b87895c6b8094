using ReportGen.Authoring;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Authoring;

public class InitTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    public void Dispose() => _ws.Dispose();

    [Fact]
    public void Init_creates_a_workspace_whose_example_checks_clean()
    {
        var run = CliRunner.Run(_ws.Root, "init", "办公室", "--help");
        Assert.Equal(0, run.ExitCode);

        run = CliRunner.Run(_ws.Root, "init", "办公室");
        Assert.Equal(0, run.ExitCode);
        var root = Path.Combine(_ws.Root, "办公室");
        Assert.Contains("reportgen new", File.ReadAllText(Path.Combine(root, "README.md")));
        Assert.Equal(File.ReadAllText(Path.Combine(Repo.Templates, SchemaGenerator.FileName)),
            File.ReadAllText(Path.Combine(root, "templates", SchemaGenerator.FileName)));

        // The workspace has no formats of its own: the tool's built-in templates are used.
        var check = CliRunner.Run(root, "check", "--templates", Repo.Templates);
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("0 个错误，0 个警告", check.Output);
    }

    [Theory]
    [InlineData(null, "2021", 2024)]
    [InlineData("2021", "2021", 2024)]
    [InlineData("2019", "2019", 2020)]
    [InlineData("pre2019", "pre2019", 2018)]
    public void Init_writes_an_example_of_the_chosen_format_that_checks_clean_and_builds(string? option, string format, int year)
    {
        var args = option is null ? new[] { "init", "ws" } : new[] { "init", "ws", "--format", option };
        Assert.Equal(0, CliRunner.Run(_ws.Root, args).ExitCode);
        var root = Path.Combine(_ws.Root, "ws");
        var data = File.ReadAllText(Path.Combine(root, "data", WorkspaceExample.Agency, $"{year}.yaml"));
        Assert.Contains(format == "pre2019" ? "\nformat: pre2019\n" : $"\nformat: \"{format}\"", data);
        if (format != "pre2019") Assert.Contains("\nnarrative:\n", data);

        // The staff README says how to choose each format and names the narrative keys.
        var readme = File.ReadAllText(Path.Combine(root, "README.md"));
        Assert.Contains("format: \"2021\"", readme);
        Assert.Contains("format: \"2019\"", readme);
        Assert.Contains("format: pre2019", readme);
        Assert.Contains("narrative:", readme);
        Assert.Contains("--format", readme);
        Assert.Contains($"reportgen new {WorkspaceExample.Agency} {year + 1}", readme);

        var check = CliRunner.Run(root, "check", "--templates", Repo.Templates);
        Assert.True(check.ExitCode == 0, check.Output);
        Assert.Contains("0 个错误，0 个警告", check.Output);
        var build = CliRunner.Run(root, "build", "--templates", Repo.Templates);
        Assert.True(build.ExitCode == 0, build.Output);
        foreach (var extension in new[] { "docx", "pdf", "html" })
            Assert.True(new FileInfo(Path.Combine(root, "out", WorkspaceExample.Agency, $"{year}.{extension}")).Length > 1000, extension);
    }

    /// <summary>
    /// The clerk's next step after init: <c>new</c> writes next year's file, and it must only lack numbers, never carry
    /// cells its table does not have (table 二's blocks each have their own columns).
    /// </summary>
    [Theory]
    [InlineData("2021", 2024)]
    [InlineData("2019", 2020)]
    [InlineData("pre2019", 2018)]
    public void The_year_after_the_example_lacks_only_its_numbers(string format, int year)
    {
        Assert.Equal(0, CliRunner.Run(_ws.Root, "init", "ws", "--format", format).ExitCode);
        var root = Path.Combine(_ws.Root, "ws");
        var made = CliRunner.Run(root, "new", WorkspaceExample.Agency, (year + 1).ToString(), "--templates", Repo.Templates);
        Assert.True(made.ExitCode == 0, made.Output);

        // The counts are emptied on purpose, so R6 asks for each of them; nothing else may be wrong.
        var check = CliRunner.Run(root, "check", Path.Combine("data", WorkspaceExample.Agency, $"{year + 1}.yaml"), "--templates", Repo.Templates);
        var errors = check.Output.Split('\n').Where(l => l.Contains(" 错误 ")).ToList();
        Assert.All(errors, e => Assert.Contains("错误 R6 ", e));
        Assert.Contains($"{year + 1}.yaml：", check.Output);
    }

    [Fact]
    public void Init_refuses_an_unknown_format()
    {
        var run = CliRunner.Run(_ws.Root, "init", "ws", "--format", "2020");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("没有“2020”这种报告格式", run.Output);
        Assert.False(Directory.Exists(Path.Combine(_ws.Root, "ws")));
    }

    [Fact]
    public void Init_refuses_a_folder_that_is_not_empty()
    {
        var folder = Path.Combine(_ws.Root, "used");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "keep.txt"), "x");
        var run = CliRunner.Run(_ws.Root, "init", "used");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("不是空的", run.Output);
        Assert.Single(Directory.GetFileSystemEntries(folder));
    }
}
