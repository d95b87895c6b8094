using System.CommandLine;
using ReportGen.Building;
using ReportGen.Documents.Writers;
using ReportGen.Tooling.Fuzzing;

namespace ReportGen.Cli.Commands;

/// <summary>
/// <c>reportgen fuzz [paths…] [--count N] [--seed S] [--time-budget SECONDS]</c>: mutates the data files and
/// runs every mutant through the real pipeline; exits 1 when any mutant crashed it.
/// </summary>
public static class FuzzCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("路径") { Description = "作为变异起点的数据文件或文件夹（默认 data/）", Arity = ArgumentArity.ZeroOrMore };
        var count = new Option<int>("--count", "-n") { Description = "变异输入的个数（默认 1000）", DefaultValueFactory = _ => 1000 };
        var seed = new Option<int>("--seed", "-s") { Description = "随机种子；相同种子产生相同的输入（默认 1）", DefaultValueFactory = _ => 1 };
        var budget = new Option<double?>("--time-budget") { Description = "最多运行的秒数，到时不再开始新的输入" };
        var jobs = new Option<int>("--jobs", "-j") { Description = "并行数（默认等于 CPU 核数）" };
        var save = new Option<string?>("--save-crashes") { Description = "把导致崩溃的输入保存到此文件夹" };
        var templates = new Option<string?>("--templates") { Description = "模板文件夹（默认自动查找 templates/）" };
        var caseTimeout = new Option<double>("--case-timeout") { Description = "单个输入超过此秒数仍未结束即算作崩溃（默认 120；含 PDF 和命令行用例，繁忙的机器上要宽裕）", DefaultValueFactory = _ => 120 };
        var import = new Option<bool>("--import") { Description = "测试导入：把数据文件生成的网页、Word、PDF、纯文本变异后逐个导入（reportgen import）" };
        var command = new Command("fuzz", "模糊测试：变异数据文件，检查每个输入要么正常生成、要么被清楚地拒绝")
        {
            paths, count, seed, budget, jobs, save, templates, caseTimeout, import,
        };
        command.SetAction(parse =>
        {
            var workspace = Workspace.Discover(parse.GetValue(templates));
            IReadOnlyList<string> files;
            try { files = DataFiles.Find(BuildCommand.Inputs(parse.GetValue(paths), workspace)); }
            catch (Exception e) when (ReportGen.Files.IoFailures.IsIo(e)) { return CliErrors.Io(e, "data"); }
            if (files.Count == 0) { Console.Error.WriteLine("错误：没有找到任何数据文件（*.yaml）"); return ExitCodes.UsageOrIo; }
            if (parse.GetValue(count) < 1) { Console.Error.WriteLine("错误：--count 必须大于 0"); return ExitCodes.UsageOrIo; }

            var writers = WriterRegistry.Select(string.Join(",", WriterRegistry.Defaults), out _)!;
            var pipeline = new ReportPipeline(workspace.Formats(), writers);
            var jobCount = parse.GetValue(jobs);
            var options = FuzzOptions.Default with
            {
                Count = parse.GetValue(count),
                Seed = parse.GetValue(seed),
                TimeBudget = parse.GetValue(budget) is { } s ? TimeSpan.FromSeconds(s) : null,
                Parallelism = jobCount > 0 ? jobCount : Environment.ProcessorCount,
                CrashFolder = parse.GetValue(save),
                CaseTimeout = TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(caseTimeout))),
            };
            FuzzReport report;
            if (parse.GetValue(import))
            {
                Console.WriteLine($"导入模糊测试：{files.Count} 个数据文件发布为网页、Word、PDF、纯文本，{SourceMutators.All.Count} 种变异，种子 {options.Seed}，最多 {options.Count} 个输入");
                report = new ImportFuzzRunner(pipeline).Run(files, options);
            }
            else
            {
                var runner = new FuzzRunner(pipeline, cli: Launch);
                Console.WriteLine($"模糊测试：{files.Count} 个数据文件，{runner.Mutators.Count} 种变异（含 PDF 输出、工作区和命令行用例），种子 {options.Seed}，最多 {options.Count} 个输入");
                report = runner.Run(files, options);
            }
            report.Print(Console.Out);
            return report.Count(FuzzOutcome.Crash) > 0 ? ExitCodes.DataErrors : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>This same program as a child process, for the command-line classes (bad arguments, two builds at once).</summary>
    internal static (int ExitCode, string Output) Launch(string workingDirectory, string[] arguments)
    {
        var self = Environment.ProcessPath!;
        var start = new System.Diagnostics.ProcessStartInfo(self) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        // Started as "dotnet ReportGen.Cli.dll": the host needs the assembly first.
        if (Path.GetFileNameWithoutExtension(self) == "dotnet") start.ArgumentList.Add(typeof(FuzzCommand).Assembly.Location);
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = System.Diagnostics.Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }
}
