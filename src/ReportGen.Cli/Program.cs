using System.CommandLine;
using System.Text;
using ReportGen.Cli.Commands;

Console.OutputEncoding = new UTF8Encoding(false);

var root = new RootCommand(HelpText.Root)
{
    BuildCommand.Create(),
    CheckCommand.Create(),
    ExplainCommand.Create(),
    SampleCommand.Create(),
    BenchCommand.Create(),
    NewCommand.Create(),
    WatchCommand.Create(),
    SchemaCommand.Create(),
    InitCommand.Create(),
    FuzzCommand.Create(),
    ImportCommand.Create(),
};
HelpText.Localize(root);
return root.Parse(args).Invoke();
