using ReportGen.Documents.Diagnostics;

namespace ReportGen.Cli.Commands;

/// <summary>The one place diagnostics are printed: a line per problem, then the YAML line with a caret under it.</summary>
public static class DiagnosticPrinter
{
    public static void Print(TextWriter output, IEnumerable<Diagnostic> diagnostics, bool showSource = true)
    {
        foreach (var d in diagnostics)
        {
            output.WriteLine(d.ToString());
            if (showSource && d.Span is { Line: > 0 } span && SourceLine(span) is { } line)
            {
                output.WriteLine($"    {span.Line,4} | {line}");
                output.WriteLine($"         | {Caret(line, span.Column)}");
            }
        }
    }

    private static string? SourceLine(SourceSpan span)
    {
        try
        {
            if (!File.Exists(span.File)) return null;
            using var reader = new StreamReader(span.File);
            string? line = null;
            for (var i = 0; i < span.Line; i++)
                if ((line = reader.ReadLine()) is null) return null;
            return line!.Length > 160 ? line[..160] + "…" : line;
        }
        catch (IOException) { return null; }
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
