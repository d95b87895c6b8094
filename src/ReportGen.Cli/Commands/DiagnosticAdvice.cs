using ReportGen.Documents.Diagnostics;

namespace ReportGen.Cli.Commands;

/// <summary>
/// What to do about a diagnostic, for office staff: the diagnostic's own hint when it has one,
/// otherwise a general hint for its kind, so no problem is printed without a next step.
/// </summary>
public static class DiagnosticAdvice
{
    private static readonly Dictionary<string, string> ByCode = new(StringComparer.Ordinal)
    {
        ["E0001"] = "请确认文件存在、未被其他程序占用，并以 UTF-8 编码保存（VS Code 右下角可查看和更改编码）。",
        ["E0002"] = "请检查这一行和上一行：缩进只能用空格、冒号后要有空格、引号要成对。",
        ["E0102"] = "请按说明改为正确的写法；文字以特殊符号开头或含“: ”时，请整体加引号。",
        ["E0104"] = "请按上面的说明改正这个值。",
        ["E0105"] = "统计数不能为负数：没有就填 0。",
        ["E0106"] = "统计数只能是整数，如 3；金额类（万元）才可以有小数。",
        ["E0109"] = "文件应放在 data/<agency.id>/<year>.yaml：请改正字段，或把文件移到对应的文件夹、改成对应的文件名。",
        ["E0115"] = "问题已经改正时，删除这一条 acknowledge 即可。",
        ["E0110"] = "format 应为 templates/ 下某个格式文件夹的名字。",
    };

    public static string For(Diagnostic d)
    {
        if (!string.IsNullOrWhiteSpace(d.Hint)) return d.Hint;
        if (ByCode.TryGetValue(d.RuleId, out var advice)) return advice;
        if (d.RuleId.StartsWith('R')) return $"这条规则检查什么、为什么：运行 reportgen explain {d.RuleId}。";
        return "";
    }
}
