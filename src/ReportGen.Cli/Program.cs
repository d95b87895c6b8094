using System.CommandLine;
using System.Text;
using ReportGen.Cli.Commands;

Console.OutputEncoding = new UTF8Encoding(false);

var root = new RootCommand("ReportGen：由 YAML 数据生成政府信息公开工作年度报告（Word、PDF、HTML）")
{
    BuildCommand.Create(),
    CheckCommand.Create(),
    ExplainCommand.Create(),
    SampleCommand.Create(),
    BenchCommand.Create(),
};
return root.Parse(args).Invoke();
