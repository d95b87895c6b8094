using System.CommandLine;
using ReportGen.Authoring;
using ReportGen.Building;

namespace ReportGen.Cli.Commands;

/// <summary><c>reportgen watch [paths…]</c>: check and rebuild whenever a data file or template is saved.</summary>
public static class WatchCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("路径") { Description = "要监视的数据文件或文件夹（默认 data/）", Arity = ArgumentArity.ZeroOrMore };
        var output = new Option<string>("--out", "-o") { Description = "输出文件夹（默认 out/）", DefaultValueFactory = _ => "out" };
        var formats = new Option<string>("--format", "-f") { Description = "输出格式，逗号分隔：docx、html、pdf、txt", DefaultValueFactory = _ => string.Join(",", WriterRegistry.Defaults) };
        var templates = new Option<string?>("--templates") { Description = "模板文件夹（默认自动查找 templates/）" };
        var poll = new Option<bool>("--poll") { Description = "定时检查文件变化（网络盘等收不到变化通知时使用）" };
        var command = new Command("watch", "监视数据文件和模板：一保存就重新检查并生成报告，按 Ctrl+C 停止") { paths, output, formats, templates, poll };
        command.SetAction(async (parse, cancellation) =>
        {
            var writers = WriterRegistry.Select(parse.GetValue(formats)!, out var unknown);
            if (writers is null)
            {
                Console.Error.WriteLine($"错误：未知的输出格式“{unknown}”，可选：{string.Join("、", WriterRegistry.All.Select(w => w.Format))}");
                return ExitCodes.UsageOrIo;
            }
            var workspace = Workspace.Discover(parse.GetValue(templates));
            var inputs = BuildCommand.Inputs(parse.GetValue(paths), workspace).ToList();
            var missing = inputs.FirstOrDefault(p => !File.Exists(p) && !Directory.Exists(p));
            if (missing is not null) { Console.Error.WriteLine($"错误：找不到文件或文件夹：{missing}"); return ExitCodes.UsageOrIo; }

            var watcher = new ReportWatcher(() => new ReportPipeline(workspace.Formats(), writers), inputs, workspace.Templates,
                parse.GetValue(output)!, Print) { ForcePolling = parse.GetValue(poll) };
            watcher.Notice += message => Console.WriteLine("提示：" + message);
            Console.WriteLine($"正在监视：{string.Join("、", inputs.Select(Relative))} 和 {Relative(workspace.Templates)}（按 Ctrl+C 停止）");
            await watcher.RunAsync(cancellation);
            Console.WriteLine("已停止监视。");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static readonly object Gate = new();

    private static void Print(IReadOnlyList<BuildResult> results)
    {
        lock (Gate)
        {
            foreach (var r in results)
            {
                DiagnosticPrinter.Print(Console.Out, r.Diagnostics);
                Console.WriteLine(r.Failed
                    ? $"[{DateTime.Now:HH:mm:ss}] 失败：{Relative(r.File)}（{r.Diagnostics.Count(d => d.IsError)} 个错误，输出保持上次的结果）"
                    : $"[{DateTime.Now:HH:mm:ss}] 已更新：{Relative(r.File)} → {string.Join("、", r.Outputs.Select(Relative))}（{r.Warnings} 个警告）");
            }
        }
    }

    private static string Relative(string path) => Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
}
