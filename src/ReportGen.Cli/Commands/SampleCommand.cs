using System.CommandLine;
using ReportGen.Tooling.Sampling;

namespace ReportGen.Cli.Commands;

/// <summary><c>reportgen sample --count N --out DIR</c>: realistic valid agency-years for benchmarks and load tests.</summary>
public static class SampleCommand
{
    public static Command Create()
    {
        var count = new Option<int>("--count", "-n") { Description = "生成多少份（默认 100）", DefaultValueFactory = _ => 100 };
        var output = new Option<string>("--out", "-o") { Description = "输出文件夹（写入 <文件夹>/<机关>/<年度>.yaml）", Required = true };
        var seed = new Option<int>("--seed") { Description = "随机种子（相同种子生成相同样本）", DefaultValueFactory = _ => 2024 };
        var from = new Option<string>("--from") { Description = "作为模板的数据文件夹（默认 data/ 中的现行格式报告）" };
        var command = new Command("sample", "生成用于性能测试的样本数据（现行格式，篇幅不一）") { count, output, seed, from };
        command.SetAction(parse =>
        {
            var templates = Templates(parse.GetValue(from));
            if (templates.Count == 0)
            {
                Console.Error.WriteLine($"错误：没有找到现行格式（format: \"{Workspace.Discover(null).Formats().Current?.Id}\"）的数据文件作为样本模板");
                return ExitCodes.UsageOrIo;
            }
            var files = new SampleGenerator(templates).Generate(parse.GetValue(count), Path.GetFullPath(parse.GetValue(output)!), parse.GetValue(seed));
            Console.WriteLine($"已生成 {files.Count} 份样本数据：{parse.GetValue(output)}");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Current-format reports that are not roll-ups, from <paramref name="folder"/> or the workspace's data/.</summary>
    internal static IReadOnlyList<string> Templates(string? folder)
    {
        var workspace = Workspace.Discover(null);
        return SampleTemplates.Find(folder ?? Path.Combine(workspace.Root, "data"), workspace.Formats());
    }
}
