using System.CommandLine;
using ReportGen.Building;
using ReportGen.Documents.Diagnostics;
using ReportGen.Documents.Writers.Pdf;

namespace ReportGen.Cli.Commands;

/// <summary>
/// <c>reportgen build [paths…] [--out DIR] [--format docx,html,pdf] [--font role=file] [--force] [--shard i/n] [--json FILE]</c>:
/// every data file in parallel, unchanged reports skipped, a summary at the end.
/// </summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("路径") { Description = "数据文件或文件夹（默认 data/）", Arity = ArgumentArity.ZeroOrMore };
        var output = new Option<string>("--out", "-o") { Description = "输出文件夹（默认 out/）", DefaultValueFactory = _ => "out" };
        var formats = new Option<string>("--format", "-f") { Description = "输出格式，逗号分隔：" + string.Join("、", WriterRegistry.All.Select(w => w.Format)) + "（默认 " + string.Join(",", WriterRegistry.Defaults) + "）", DefaultValueFactory = _ => string.Join(",", WriterRegistry.Defaults) };
        var templates = new Option<string?>("--templates") { Description = "模板文件夹（默认自动查找 templates/）" };
        var force = new Option<bool>("--force") { Description = "忽略增量缓存，全部重新生成" };
        var shard = new Option<string?>("--shard") { Description = "只生成第 i 份（共 n 份），如 2/8；各份互不重叠，合起来是全部" };
        var json = new Option<string?>("--json") { Description = "把汇总结果以 JSON 写入此文件（“-”表示标准输出）" };
        var jobs = new Option<int>("--jobs", "-j") { Description = "并行数（默认等于 CPU 核数）" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "只显示失败和汇总" };
        var fonts = new Option<string[]>("--font") { Description = FontArguments.Help, AllowMultipleArgumentsPerToken = false };
        var command = new Command("build", "生成报告：校验数据后写出 Word、PDF、HTML 文件（可选 OFD）")
        {
            paths, output, formats, templates, force, shard, json, jobs, quiet, fonts,
        };
        command.SetAction(parse =>
        {
            var writers = WriterRegistry.Select(parse.GetValue(formats)!, out var unknown);
            if (writers is null)
            {
                Console.Error.WriteLine($"错误：未知的输出格式“{unknown}”，可选：{string.Join("、", WriterRegistry.All.Select(w => w.Format))}");
                return ExitCodes.UsageOrIo;
            }
            if (parse.GetValue(fonts) is { Length: > 0 } fontValues)
            {
                var fontOptions = FontArguments.Parse(fontValues, out var fontError);
                if (fontOptions is null)
                {
                    Console.Error.WriteLine("错误：" + fontError);
                    return ExitCodes.UsageOrIo;
                }
                try
                {
                    // PDF and OFD lay out with the configured fonts (one catalog for both).
                    var withFonts = WriterRegistry.Create(new PdfWriter(fontOptions));
                    writers = writers.Select(w => w.Format is "pdf" or "ofd" ? withFonts.First(f => f.Format == w.Format) : w).ToList();
                }
                catch (ReportGenException e)
                {
                    foreach (var d in e.Diagnostics) Console.Error.WriteLine(d);
                    return ExitCodes.UsageOrIo;
                }
            }
            if (!Shard.TryParse(parse.GetValue(shard), out var selectedShard, out var shardError))
            {
                Console.Error.WriteLine("错误：" + shardError);
                return ExitCodes.UsageOrIo;
            }
            var workspace = Workspace.Discover(parse.GetValue(templates));
            IReadOnlyList<string> files;
            try { files = DataFiles.Find(Inputs(parse.GetValue(paths), workspace)); }
            catch (IOException e) { Console.Error.WriteLine("错误：" + e.Message); return ExitCodes.UsageOrIo; }
            if (files.Count == 0) { Console.Error.WriteLine("错误：没有找到任何数据文件（*.yaml）"); return ExitCodes.UsageOrIo; }

            var options = new BatchOptions(Path.GetFullPath(parse.GetValue(output)!), parse.GetValue(force), selectedShard, parse.GetValue(jobs));
            var jsonTarget = parse.GetValue(json);
            var progress = new BatchProgress(Console.Out, files.Count(selectedShard.Contains), parse.GetValue(quiet), jsonTarget == "-");
            BatchSummary summary;
            try
            {
                summary = new BatchRunner(new ReportPipeline(workspace.Formats(), writers)).Run(files, options, progress.Report);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine("错误：" + e.Message);
                return ExitCodes.UsageOrIo;
            }
            finally
            {
                progress.Dispose();
            }
            if (jsonTarget != "-") SummaryPrinter.Print(Console.Out, summary);
            if (jsonTarget is not null) SummaryPrinter.WriteJson(jsonTarget, summary);
            return summary.Failed > 0 ? ExitCodes.DataErrors : ExitCodes.Ok;
        });
        return command;
    }

    internal static IEnumerable<string> Inputs(string[]? given, Workspace workspace)
        => given is { Length: > 0 } ? given : new[] { Path.Combine(workspace.Root, "data") };
}
