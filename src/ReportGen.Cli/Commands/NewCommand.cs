using System.CommandLine;
using ReportGen.Authoring;

namespace ReportGen.Cli.Commands;

/// <summary><c>reportgen new &lt;agency-id&gt; &lt;year&gt;</c>: this year's data file, started from last year's.</summary>
public static class NewCommand
{
    public static Command Create()
    {
        var agency = new Argument<string>("机关标识") { Description = "data/ 下的机关文件夹名，如 chuanying" };
        var year = new Argument<int>("年度") { Description = "要新建的报告年度，如 2019（根据上一年度的文件生成）" };
        var data = new Option<string?>("--data") { Description = "数据文件夹（默认为工作区的 data/）" };
        var templates = new Option<string?>("--templates") { Description = "模板文件夹（默认自动查找 templates/）" };
        var command = new Command("new", "根据上一年度的数据文件新建本年度文件：沿用机关信息和联系方式，清空统计数，带入上年结转，正文改为待填写草稿")
        {
            agency, year, data, templates,
        };
        command.SetAction(parse =>
        {
            var workspace = Workspace.Discover(parse.GetValue(templates));
            var dataRoot = Path.GetFullPath(parse.GetValue(data) ?? Path.Combine(workspace.Root, "data"));
            var result = NewReport.Create(dataRoot, parse.GetValue(agency)!, parse.GetValue(year), workspace.Formats());
            DiagnosticPrinter.Print(Console.Error, result.Diagnostics);
            if (!result.Ok)
            {
                Console.Error.WriteLine("错误：" + result.Message);
                return ExitCodes.UsageOrIo;
            }
            Console.WriteLine(result.Message);
            Console.WriteLine("下一步：用 VS Code 打开该文件，填写统计数据和标有“【待填写】”的段落，然后运行 reportgen check。");
            return ExitCodes.Ok;
        });
        return command;
    }
}
