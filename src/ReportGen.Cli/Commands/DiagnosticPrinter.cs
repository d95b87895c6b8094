using ReportGen.Documents.Diagnostics;

namespace ReportGen.Cli.Commands;

/// <summary>
/// The one place diagnostics are printed, like a patient colleague: what is wrong (first line),
/// where (the YAML line with a caret under the problem) and what to do (after the caret).
/// </summary>
public static class DiagnosticPrinter
{
    public static void Print(TextWriter output, IEnumerable<Diagnostic> diagnostics, bool showSource = true)
    {
        foreach (var d in diagnostics)
        {
            var advice = DiagnosticAdvice.For(d);
            output.WriteLine((d with { Hint = "" }).ToString());
            // A finding about a missing field may point at the top of the file, often a comment: no caret there.
            if (showSource && d.Span is { Line: > 0 } span && SourceLine(span) is { } line && !line.TrimStart().StartsWith('#'))
            {
                output.WriteLine($"    {span.Line,4} | {line}");
                output.WriteLine($"         | {Caret(line, span.Column)}{(advice.Length > 0 ? " " + advice : "")}");
            }
            else if (advice.Length > 0)
            {
                output.WriteLine($"         → {advice}");
            }
        }
    }

    private const int MaxShown = 160;

    private static string? SourceLine(SourceSpan span)
    {
        // One character more than is shown, so an overlong line still gets its ellipsis.
        var line = ReportGen.Files.InputFile.ReadLine(span.File, span.Line, MaxShown + 1);
        return line is { Length: > MaxShown } ? line[..MaxShown] + "…" : line;
    }

    /// <summary>CJK characters take two terminal columns, so the caret is padded by display width.</summary>
    private static string Caret(string line, int column)
    {
        var width = 0;
        for (var i = 0; i < Math.Min(column - 1, line.Length); i++)
            width += line[i] == '\t' ? 4 : line[i] > 0x2E80 ? 2 : 1;
        return new string(' ', width) + "^";
    }
}
