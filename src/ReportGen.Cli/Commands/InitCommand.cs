using System.CommandLine;
using ReportGen.Authoring;

namespace ReportGen.Cli.Commands;

/// <summary><c>reportgen init &lt;folder&gt;</c>: a new workspace for an office.</summary>
public static class InitCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("文件夹") { Description = "要创建的工作区文件夹（须为新的或空的文件夹）" };
        var format = new Option<string>("--format", "-f")
        {
            Description = "示例数据文件的报告格式：2021（2021 年及以后，默认）、2019（2019、2020 年）、pre2019（2018 年及以前）",
            DefaultValueFactory = _ => WorkspaceInitializer.DefaultFormat,
        };
        var command = new Command("init", "创建新的工作区：示例数据（默认现行 2021 年格式）、编辑器用的 Schema、给办公人员的中文说明") { folder, format };
        command.SetAction(parse =>
        {
            var target = parse.GetValue(folder)!;
            // The built-in formats, not a workspace's: the new workspace has none of its own yet.
            var formats = new ReportGen.Formats.FormatCatalog(Workspace.Discover(null).Templates);
            if (string.IsNullOrWhiteSpace(target)) return CliErrors.Usage("请给出要创建的工作区文件夹，如 reportgen init 我的工作区");
            if (CliErrors.OutputFolder(target, []) is { } problem) return CliErrors.Usage(problem);
            var chosen = parse.GetValue(format)!.Trim('"', '\'');
            if (WorkspaceExample.For(chosen) is null)
                return CliErrors.Usage($"没有“{chosen}”这种报告格式。可选：{string.Join("、", WorkspaceExample.Formats)}");
            IReadOnlyList<string>? written;
            string? error;
            try { written = WorkspaceInitializer.Create(target, formats, out error, chosen); }
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
