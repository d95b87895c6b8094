using ReportGen.Documents.Diagnostics;

namespace ReportGen.Importing;

/// <summary>
/// Finds the “【待核对】” notes an import left in a data file (in comments, where the loader never looks),
/// so <c>check</c> lists every value still to be confirmed against the published report, with its line.
/// </summary>
public static class ReviewMarkers
{
    public static IReadOnlyList<Diagnostic> Scan(string file)
    {
        string[] lines;
        try
        {
            if (new FileInfo(file).Length > Loading.YamlSource.MaxBytes) return Array.Empty<Diagnostic>();
            lines = File.ReadAllLines(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return Array.Empty<Diagnostic>(); }
        var result = new List<Diagnostic>();
        for (var i = 0; i < lines.Length; i++)
        {
            var at = lines[i].IndexOf(ImportMessages.ReviewMarker, StringComparison.Ordinal);
            if (at < 0) continue;
            // Only a note in a comment counts: the marker inside a quoted text is that text.
            var hash = lines[i].IndexOf('#');
            if (hash < 0 || hash > at) continue;
            var why = lines[i][(at + ImportMessages.ReviewMarker.Length)..].Trim();
            // The file's header mentions the marker itself (“【待核对】”：…): not a note.
            if (why.Length == 0 || why[0] is '：' or '”' or '"' or '」') continue;
            result.Add(new Diagnostic(Severity.Warning, ImportMessages.ToReview, new SourceSpan(file, i + 1, at + 1), "",
                ImportMessages.ReviewAt(why), ImportMessages.ReviewHint));
        }
        return result;
    }
}
