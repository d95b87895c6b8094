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
