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
    ServeCommand.Create(),
};
HelpText.Localize(root);
try
{
    return root.Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e) when (ReportGen.Files.IoFailures.IsIo(e))
{
    // A usage or I/O problem no command foresaw: still one Chinese line and exit 2, never a stack trace.
    return CliErrors.Io(e, "");
}
