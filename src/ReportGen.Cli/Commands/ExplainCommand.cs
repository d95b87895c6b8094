using System.CommandLine;

namespace ReportGen.Cli.Commands;

/// <summary><c>reportgen explain R7</c>: what a rule checks and why, from templates/rules.yaml.</summary>
public static class ExplainCommand
{
    public static Command Create()
    {
        var id = new Argument<string?>("规则") { Description = "规则编号，如 R7；不填则列出全部", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("explain", "说明一条校验规则检查什么、为什么") { id };
        command.SetAction(parse =>
        {
            var rules = Workspace.Discover(null).Formats().Rules;
            var wanted = parse.GetValue(id)?.ToUpperInvariant();
            if (wanted is null)
            {
                foreach (var r in rules.Values) Console.WriteLine($"{r.Id}\t{r.Title}");
                return ExitCodes.Ok;
            }
            if (!rules.TryGetValue(wanted, out var rule))
            {
                Console.Error.WriteLine($"错误：没有规则“{wanted}”。可用：{string.Join("、", rules.Keys)}");
                return ExitCodes.UsageOrIo;
            }
            Console.WriteLine($"{rule.Id} {rule.Title}（{(rule.Severity == "warning" ? "警告" : "错误")}）");
            Console.WriteLine($"检查：{rule.Text}");
            Console.WriteLine($"原因：{rule.Why}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
