using System.Collections.Immutable;
using ReportGen.Documents.Diagnostics;

namespace ReportGen.Loading;

/// <summary>Where each field path was written in the YAML, so rules can point diagnostics at the data.</summary>
public sealed class FieldSpans(string file, ImmutableDictionary<string, SourceSpan> spans)
{
    public string File { get; } = file;

    public SourceSpan For(string path)
    {
        // Fall back to the nearest written ancestor: a derived cell has no position of its own.
        var p = path;
        while (true)
        {
            if (spans.TryGetValue(p, out var span)) return span;
            var cut = p.LastIndexOf('.');
            if (cut < 0) return new SourceSpan(File, 1, 1);
            p = p[..cut];
        }
    }

    public bool Has(string path) => spans.ContainsKey(path);
}
