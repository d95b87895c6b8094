using ReportGen.Documents.Diagnostics;
using ReportGen.Files;

namespace ReportGen.Cli.Commands;

/// <summary>
/// Diagnostics on a terminal, like a patient colleague: what is wrong (the headline), where (the YAML
/// line with a caret under the problem) and what to do (after the caret). JSON is <see cref="DiagnosticJson"/>;
/// both render the same <see cref="Diagnostic"/> objects.
/// </summary>
public static class DiagnosticPrinter
{
    private const int MaxShown = 160;

    public static void Print(TextWriter output, IEnumerable<Diagnostic> diagnostics, bool showSource = true)
    {
        foreach (var d in diagnostics)
        {
            var advice = d.Advice;
            output.WriteLine(d.Headline);
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

    private static string? SourceLine(SourceSpan span)
    {
        // One character more than is shown, so an overlong line still gets its ellipsis.
        var line = InputFile.ReadLine(span.File, span.Line, MaxShown + 1);
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
