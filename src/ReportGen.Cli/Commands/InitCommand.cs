using System.CommandLine;
using ReportGen.Authoring;

namespace ReportGen.Cli.Commands;

/// <summary><c>reportgen init &lt;folder&gt;</c>: a new workspace for an office.</summary>
public static class InitCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("文件夹") { Description = "要创建的工作区文件夹（须为新的或空的文件夹）" };
        var command = new Command("init", "创建新的工作区：示例数据、编辑器用的 Schema、给办公人员的中文说明") { folder };
        command.SetAction(parse =>
        {
            var target = parse.GetValue(folder)!;
            // The built-in formats, not a workspace's: the new workspace has none of its own yet.
            var formats = new ReportGen.Formats.FormatCatalog(Workspace.Discover(null).Templates);
            if (string.IsNullOrWhiteSpace(target)) return CliErrors.Usage("请给出要创建的工作区文件夹，如 reportgen init 我的工作区");
            if (CliErrors.OutputFolder(target, []) is { } problem) return CliErrors.Usage(problem);
            IReadOnlyList<string>? written;
            string? error;
            try { written = WorkspaceInitializer.Create(target, formats, out error); }
            catch (Exception e) when (ReportGen.Files.IoFailures.IsIo(e)) { return CliErrors.Io(e, target); }
            if (written is null)
            {
                Console.Error.WriteLine("错误：" + error);
                return ExitCodes.UsageOrIo;
            }
            foreach (var f in written) Console.WriteLine("已创建：" + Path.GetRelativePath(Directory.GetCurrentDirectory(), f));
            Console.WriteLine($"下一步：cd {target}，阅读 README.md，然后运行 reportgen check。");
            return ExitCodes.Ok;
        });
        return command;
    }
}
