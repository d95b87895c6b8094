using System.Collections.Immutable;
using System.Text;
using ReportGen.Documents.Diagnostics;

namespace ReportGen.Loading;

/// <summary>
/// The “【待核对】” notes <c>reportgen import</c> leaves in a data file, in comments where the fields are
/// never read: found in the file's text as loaded, so <c>check</c> lists every value still to be
/// confirmed against the published report, with its line (E1020), until someone deletes the note.
/// </summary>
public static class ReviewNotes
{
    public const string Marker = "【待核对】";

    public static ImmutableArray<ReviewNote> Scan(string file, byte[] bytes)
    {
        var marker = Encoding.UTF8.GetBytes(Marker);
        if (bytes.AsSpan().IndexOf(marker) < 0) return ImmutableArray<ReviewNote>.Empty;
        var lines = Encoding.UTF8.GetString(bytes).Split('\n');
        var result = ImmutableArray.CreateBuilder<ReviewNote>();
        for (var i = 0; i < lines.Length; i++)
        {
            var at = lines[i].IndexOf(Marker, StringComparison.Ordinal);
            if (at < 0) continue;
            // Only a note in a comment counts: the marker inside a quoted text is that text.
            var hash = lines[i].IndexOf('#');
            if (hash < 0 || hash > at) continue;
            var why = lines[i][(at + Marker.Length)..].Trim();
            // The file's header mentions the marker itself (“【待核对】”：…): not a note.
            if (why.Length == 0 || why[0] is '：' or '”' or '"' or '」') continue;
            result.Add(new ReviewNote(new SourceSpan(file, i + 1, at + 1), why));
        }
        return result.ToImmutable();
    }

    public static IEnumerable<Diagnostic> Diagnostics(IEnumerable<ReviewNote> notes)
        => notes.Select(n => Catalog.Importing.ToReview.At(n.Span, "", n.Why));
}

/// <summary>A value an import marked for review: where the note is, and why the value is uncertain.</summary>
public sealed record ReviewNote(SourceSpan Span, string Why);
