using System.Text.RegularExpressions;

namespace ReportGen.Templating;

/// <summary>Scriban's limit messages in Chinese: they are what an office sees when its own template runs away.</summary>
public static partial class ScriptErrorText
{
    public static string Translate(string message)
    {
        if (IterationLimit().Match(message) is { Success: true } a) return $"循环次数超过上限 {a.Groups[1].Value}，请检查模板中的循环";
        if (RecursionLimit().Match(message) is { Success: true } b) return $"调用层数超过上限 {b.Groups[1].Value}（{b.Groups[2].Value}），请检查模板中的递归";
        if (RangeLimit().Match(message) is { Success: true } c) return $"范围表达式超过循环上限 {c.Groups[1].Value}";
        if (PaddingLimit().Match(message) is { Success: true } d) return $"填充宽度 {d.Groups[1].Value} 超过上限 {d.Groups[2].Value}";
        if (OutputLimit().Match(message) is { Success: true } e) return $"模板输出过长（超过 {e.Groups[1].Value} 个字符），请检查模板中的循环";
        if (StringLimit().Match(message) is { Success: true } f) return $"模板中的文字过长（超过 {f.Groups[1].Value} 个字符）";
        return message;
    }

    [GeneratedRegex(@"^Exceeding number of iteration limit `(\d+)`")]
    private static partial Regex IterationLimit();

    [GeneratedRegex(@"^Exceeding number of recursive depth limit `(\d+)` for node: `(.*)`")]
    private static partial Regex RecursionLimit();

    [GeneratedRegex(@"^Range expression exceeds LoopLimit `(\d+)`")]
    private static partial Regex RangeLimit();

    [GeneratedRegex(@"^Rendered output exceeds OutputLimit `(\d+)`")]
    private static partial Regex OutputLimit();

    [GeneratedRegex(@"^String conversion reaches LimitToString `(\d+)`")]
    private static partial Regex StringLimit();

    [GeneratedRegex(@"^Padding width `(\d+)` exceeds the configured LimitToString `(\d+)`")]
    private static partial Regex PaddingLimit();
}
