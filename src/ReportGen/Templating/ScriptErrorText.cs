using System.Text.RegularExpressions;
using ReportGen.Documents.Diagnostics;

namespace ReportGen.Templating;

/// <summary>Scriban's limit messages in Chinese: they are what an office sees when its own template runs away.</summary>
public static partial class ScriptErrorText
{
    public static string Translate(string message)
    {
        if (IterationLimit().Match(message) is { Success: true } a) return Catalog.Templates.IterationLimit.Text(a.Groups[1].Value);
        if (RecursionLimit().Match(message) is { Success: true } b) return Catalog.Templates.RecursionLimit.Text(b.Groups[1].Value, b.Groups[2].Value);
        if (RangeLimit().Match(message) is { Success: true } c) return Catalog.Templates.RangeLimit.Text(c.Groups[1].Value);
        if (PaddingLimit().Match(message) is { Success: true } d) return Catalog.Templates.PaddingLimit.Text(d.Groups[1].Value, d.Groups[2].Value);
        if (OutputLimit().Match(message) is { Success: true } e) return Catalog.Templates.OutputLimit.Text(e.Groups[1].Value);
        if (StringLimit().Match(message) is { Success: true } f) return Catalog.Templates.StringLimit.Text(f.Groups[1].Value);
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
