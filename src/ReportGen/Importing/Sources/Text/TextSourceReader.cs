using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ReportGen.Documents.Diagnostics;
using ReportGen.Importing.Published;

namespace ReportGen.Importing.Sources.Text;

/// <summary>
/// Plain text (a report copied out of a page or a document): one paragraph per line, a paragraph broken
/// mid-sentence across lines joined again, and runs of tab-separated lines read as table rows. There is
/// no markup, so every heading, title and signature is left to recognition, and tables flattened into
/// lines of labels and numbers are rebuilt there from the format's row order.
/// </summary>
public sealed partial class TextSourceReader
{
    public PublishedReport? Read(string file, byte[] bytes, DiagnosticBag diagnostics)
    {
        var whole = new SourceSpan(file, 0, 0);
        if (bytes.Length > SourceLimits.MaxTextBytes)
        {
            diagnostics.Add(Catalog.Importing.TooLarge.At(whole, "", bytes.Length, SourceLimits.MaxTextBytes));
            return null;
        }
        var decoded = TextDecoding.Decode(bytes, null);
        if (decoded.Failed)
        {
            diagnostics.Add(Catalog.Importing.Encoding.At(Severity.Error, whole, "", decoded.Problem!));
            return null;
        }
        if (decoded.Problem is not null) diagnostics.Add(Catalog.Importing.Encoding.At(Severity.Warning, whole, "", decoded.Problem));
        return new PublishedReport(SourceKind.Text, file, Blocks(decoded.Text).ToImmutableArray());
    }

    public static List<PublishedBlock> Blocks(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var blocks = new List<PublishedBlock>();
        var table = new List<ImmutableArray<PublishedCell>>();
        string? pending = null;

        void FlushTable()
        {
            if (table.Count > 0) blocks.Add(new PublishedTable(table.ToImmutableArray()));
            table.Clear();
        }
        void FlushParagraph()
        {
            if (pending is not null) blocks.Add(new PublishedParagraph(pending));
            pending = null;
        }

        // A line of tab-separated cells, or a tabbed line (a caption row whose other cells are empty) before one.
        bool IsRow(int i) => lines[i].Contains('\t') && lines[i].Trim().Length > 0 && lines[i].Split('\t').Count(c => c.Trim().Length > 0) >= 2;
        for (var index = 0; index < lines.Length; index++)
        {
            var raw = lines[index];
            if (blocks.Count > SourceLimits.MaxBlocks) break;
            if (IsRow(index) || raw.Contains('\t') && (table.Count > 0 || index + 1 < lines.Length && IsRow(index + 1)))
            {
                FlushParagraph();
                table.Add(raw.Split('\t').Select(c => new PublishedCell(TextClean.Inline(c))).ToImmutableArray());
                continue;
            }
            var line = TextClean.Inline(raw);
            if (line.Length == 0)
            {
                FlushTable();
                continue;
            }
            FlushTable();
            if (pending is not null && ContinuesInNextLine(pending) && !StartsNumbered().IsMatch(line))
            {
                pending = TextClean.JoinLines(pending, line);
                continue;
            }
            FlushParagraph();
            pending = line;
        }
        FlushTable();
        FlushParagraph();
        return blocks;
    }

    /// <summary>
    /// A line that stops mid-sentence: it already holds a clause (a comma or a full stop inside) and does
    /// not end with closing punctuation. Titles, headings and signatures hold no clause and never continue.
    /// </summary>
    private static bool ContinuesInNextLine(string line)
        => line.Length >= 12 && !EndsClause().IsMatch(line) && HasClause().IsMatch(line[..^1]);

    [GeneratedRegex(@"[。！？；：:;!?”’」』）)\]】]\s*$")]
    private static partial Regex EndsClause();

    [GeneratedRegex(@"[，。；,]")]
    private static partial Regex HasClause();

    [GeneratedRegex(@"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、](?!\d))")]
    private static partial Regex StartsNumbered();
}
