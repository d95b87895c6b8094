using System.Collections.Immutable;
using ReportGen.Documents.Document;

namespace ReportGen.Documents.Layout.Text;

/// <summary>Document inlines as styled spans; a LineBreak becomes '\n', a forced break.</summary>
public static class InlineSpans
{
    public static IReadOnlyList<StyledSpan> From(ImmutableArray<Inline> content)
    {
        if (content.IsDefaultOrEmpty) return [];
        var spans = new List<StyledSpan>(content.Length);
        foreach (var inline in content)
        {
            if (inline is Document.Text t) spans.Add(new StyledSpan(t.Value, t.Strong));
            else if (inline is LineBreak) spans.Add(new StyledSpan("\n"));
        }
        return spans;
    }
}
