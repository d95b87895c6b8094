using System.CommandLine;
using ReportGen.Tooling.Benchmarks;

namespace ReportGen.Cli.Commands;

/// <summary><c>reportgen bench</c>: batch figures (<see cref="BatchBenchmark"/>) or import figures (<see cref="ImportBenchmark"/>), printed, never asserted.</summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var count = new Option<int>("--count", "-n") { Description = "报告份数（默认 1000）", DefaultValueFactory = _ => 1000 };
        var linearity = new Option<int>("--linearity-count") { Description = "另测一个更大的批量，看每份成本与内存是否随份数增长（默认 4000；0 表示不测）", DefaultValueFactory = _ => 4000 };
        var pages = new Option<int>("--pages-count") { Description = "短、长报告各多少份，看每页成本（默认 200；0 表示不测）", DefaultValueFactory = _ => 200 };
        var cold = new Option<int>("--cold-runs") { Description = "单份冷启动测几次（默认 5；0 表示不测）", DefaultValueFactory = _ => 5 };
        var libreOffice = new Option<int>("--libreoffice-sample") { Description = "用 LibreOffice 转换其中多少份作对比（默认 10；0 表示不比较）", DefaultValueFactory = _ => 10 };
        var inProcess = new Option<bool>("--in-process-only") { Description = "只测本进程内（稳态与各阶段），不启动子进程" };
        var profile = new Option<bool>("--profile-only") { Description = "只测单份时间去向（各阶段 CPU 毫秒/份），约一分钟" };
        var keep = new Option<string?>("--work") { Description = "工作文件夹（默认临时文件夹，结束后删除）" };
        var import = new Option<bool>("--import") { Description = "改为测试导入：样本报告发布为网页、Word、PDF、纯文本后逐份导入，输出每种来源的毫秒/份" };
        var editor = new Option<string?>("--editor") { Description = "改为测试网页编辑器：对该数据文件（默认 data/shili/2024.yaml）逐格编辑 --count 次，输出每次预览的往返和服务器用时、内存", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("bench", "性能测试：生成样本并批量生成报告，输出速度、内存等数据") { count, linearity, pages, cold, libreOffice, inProcess, profile, keep, import, editor };
        command.SetAction(parse =>
        {
            var workspace = Workspace.Discover(null);
            if (parse.GetResult(editor) is not null)
            {
                var file = Path.GetFullPath(parse.GetValue(editor) ?? Path.Combine(workspace.Root, "data", "shili", "2024.yaml"));
                if (!File.Exists(file)) { Console.Error.WriteLine($"错误：找不到数据文件：{file}"); return ExitCodes.UsageOrIo; }
                ReportGen.Editor.EditorBenchmark.RunAsync(file, workspace.Templates, parse.GetValue(count), Console.Out).GetAwaiter().GetResult();
                return ExitCodes.Ok;
            }
            var templates = SampleCommand.Templates(null);
            if (templates.Count == 0) { Console.Error.WriteLine("错误：data/ 中没有现行格式的数据文件可作样本模板"); return ExitCodes.UsageOrIo; }
            var work = parse.GetValue(keep) ?? Path.Combine(Path.GetTempPath(), "reportgen-bench-" + Environment.ProcessId);
            if (parse.GetValue(import))
            {
                ImportBenchmark.Run(templates, workspace.Formats(), WriterRegistry.All.Where(w => w.Format is "html" or "docx" or "pdf").ToList(),
                    work, keepWork: parse.GetValue(keep) is not null, parse.GetValue(count), Console.Out);
                return ExitCodes.Ok;
            }
            var settings = new BenchSettings(parse.GetValue(count), parse.GetValue(linearity), parse.GetValue(pages), parse.GetValue(cold), parse.GetValue(libreOffice), parse.GetValue(inProcess),
                parse.GetValue(profile));
            BatchBenchmark.Run(templates, workspace.Formats(), WriterRegistry.All, WriterRegistry.Defaults, ToolCommand.OfCurrentProcess(), work, keepWork: parse.GetValue(keep) is not null,
                settings, Console.Out);
            return ExitCodes.Ok;
        });
        return command;
    }
}
