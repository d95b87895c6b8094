using System.CommandLine;
using ReportGen.Building;

namespace ReportGen.Cli.Commands;

/// <summary><c>reportgen build [paths…] [--out DIR] [--format docx,html,pdf]</c></summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("路径") { Description = "数据文件或文件夹（默认 data/）", Arity = ArgumentArity.ZeroOrMore };
        var output = new Option<string>("--out", "-o") { Description = "输出文件夹（默认 out/）", DefaultValueFactory = _ => "out" };
        var formats = new Option<string>("--format", "-f") { Description = "输出格式，逗号分隔：docx、html、pdf、txt", DefaultValueFactory = _ => string.Join(",", WriterRegistry.Defaults) };
        var templates = new Option<string?>("--templates") { Description = "模板文件夹（默认自动查找 templates/）" };
        var command = new Command("build", "生成报告：校验数据后写出 Word、PDF、HTML 文件") { paths, output, formats, templates };
        command.SetAction(parse =>
        {
            var writers = WriterRegistry.Select(parse.GetValue(formats)!, out var unknown);
            if (writers is null)
            {
                Console.Error.WriteLine($"错误：未知的输出格式“{unknown}”，可选：{string.Join("、", WriterRegistry.All.Select(w => w.Format))}");
                return ExitCodes.UsageOrIo;
            }
            var workspace = Workspace.Discover(parse.GetValue(templates));
            IReadOnlyList<string> files;
            try { files = DataFiles.Find(Inputs(parse.GetValue(paths), workspace)); }
            catch (FileNotFoundException e) { Console.Error.WriteLine("错误：" + e.Message); return ExitCodes.UsageOrIo; }
            if (files.Count == 0) { Console.Error.WriteLine("错误：没有找到任何数据文件（*.yaml）"); return ExitCodes.UsageOrIo; }

            var outRoot = Path.GetFullPath(parse.GetValue(output)!);
            AtomicFile.CleanStale(outRoot);
            var pipeline = new ReportPipeline(workspace.Formats(), writers);
            var results = new BuildResult[files.Count];
            Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                i => results[i] = pipeline.Build(files[i], outRoot));

            foreach (var r in results)
            {
                DiagnosticPrinter.Print(Console.Out, r.Diagnostics);
                var name = Path.GetRelativePath(Directory.GetCurrentDirectory(), r.File);
                Console.WriteLine(r.Failed
                    ? $"失败：{name}（{r.Diagnostics.Count(d => d.IsError)} 个错误，未写出任何文件）"
                    : $"完成：{name} → {string.Join("、", r.Outputs.Select(o => Path.GetRelativePath(Directory.GetCurrentDirectory(), o)))}（{r.Elapsed.TotalMilliseconds:F0} 毫秒）");
            }
            var failed = results.Count(r => r.Failed);
            Console.WriteLine($"共 {results.Length} 份：成功 {results.Length - failed}，失败 {failed}，警告 {results.Sum(r => r.Warnings)}");
            return failed > 0 ? ExitCodes.DataErrors : ExitCodes.Ok;
        });
        return command;
    }

    internal static IEnumerable<string> Inputs(string[]? given, Workspace workspace)
        => given is { Length: > 0 } ? given : new[] { Path.Combine(workspace.Root, "data") };
}
