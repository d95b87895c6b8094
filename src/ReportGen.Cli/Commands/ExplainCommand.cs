using System.CommandLine;
using ReportGen.Documents.Diagnostics;

namespace ReportGen.Cli.Commands;

/// <summary><c>reportgen explain R7</c>: what a rule checks and why, from the diagnostics catalogue.</summary>
public static class ExplainCommand
{
    public static Command Create()
    {
        var id = new Argument<string?>("规则") { Description = "规则编号，如 R7；不填则列出全部", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("explain", "说明一条校验规则检查什么、为什么") { id };
        command.SetAction(parse =>
        {
            var rules = Catalog.RuleCodes.ToList();
            var wanted = parse.GetValue(id)?.ToUpperInvariant();
            if (wanted is null)
            {
                foreach (var r in rules) Console.WriteLine($"{r.Id}\t{r.Title}");
                return ExitCodes.Ok;
            }
            if (rules.FirstOrDefault(r => r.Id == wanted) is not { } rule)
            {
                Console.Error.WriteLine($"错误：没有规则“{wanted}”。可用：{Catalog.Phrases.List(rules.Select(r => r.Id))}");
                return ExitCodes.UsageOrIo;
            }
            Console.WriteLine($"{rule.Id} {rule.Title}（{Catalog.Phrases.SeverityWord(rule.Severity)}）");
            Console.WriteLine($"检查：{rule.Checks}");
            Console.WriteLine($"原因：{rule.Why}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
