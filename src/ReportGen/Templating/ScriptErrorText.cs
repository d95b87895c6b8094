using System.Text.RegularExpressions;
using ReportGen.Documents.Diagnostics;

namespace ReportGen.Templating;

/// <summary>Scriban's limit messages in Chinese: they are what an office sees when its own template runs away.</summary>
public static partial class ScriptErrorText
{
    /// <summary>Chinese for every message: the limits with their figures, our own loader's refusals as they are, anything else a general phrase.</summary>
    public static string Translate(string message)
    {
        if (IterationLimit().Match(message) is { Success: true } a) return Catalog.Templates.IterationLimit.Text(a.Groups[1].Value);
        if (RecursionLimit().Match(message) is { Success: true } b) return Catalog.Templates.RecursionLimit.Text(b.Groups[1].Value, b.Groups[2].Value);
        if (RangeLimit().Match(message) is { Success: true } c) return Catalog.Templates.RangeLimit.Text(c.Groups[1].Value);
        if (PaddingLimit().Match(message) is { Success: true } d) return Catalog.Templates.PaddingLimit.Text(d.Groups[1].Value, d.Groups[2].Value);
        if (OutputLimit().Match(message) is { Success: true } e) return Catalog.Templates.OutputLimit.Text(e.Groups[1].Value);
        if (StringLimit().Match(message) is { Success: true } f) return Catalog.Templates.StringLimit.Text(f.Groups[1].Value);
        // Our template loader words its refusals from the catalogue already; Scriban's own words are English.
        return message.Any(c => c is >= '\u4E00' and <= '\u9FFF') ? message : Catalog.Templates.RuntimeDetail.Text();
    }

    [GeneratedRegex(@"^Exceeding number of iteration limit `(\d+)`", RegexOptions.NonBacktracking)]
    private static partial Regex IterationLimit();

    [GeneratedRegex(@"^Exceeding number of recursive depth limit `(\d+)` for node: `(.*)`", RegexOptions.NonBacktracking)]
    private static partial Regex RecursionLimit();

    [GeneratedRegex(@"^Range expression exceeds LoopLimit `(\d+)`", RegexOptions.NonBacktracking)]
    private static partial Regex RangeLimit();

    [GeneratedRegex(@"^Rendered output exceeds OutputLimit `(\d+)`", RegexOptions.NonBacktracking)]
    private static partial Regex OutputLimit();

    [GeneratedRegex(@"^String conversion reaches LimitToString `(\d+)`", RegexOptions.NonBacktracking)]
    private static partial Regex StringLimit();

    [GeneratedRegex(@"^Padding width `(\d+)` exceeds the configured LimitToString `(\d+)`", RegexOptions.NonBacktracking)]
    private static partial Regex PaddingLimit();
}
