using System.Collections.Immutable;
using System.Text;

namespace ReportGen.Documents.Document;

public abstract record Inline
{
    public static string ToPlainText(ImmutableArray<Inline> content)
    {
        if (content.IsDefaultOrEmpty) return "";
        if (content.Length == 1 && content[0] is Text t) return t.Value;
        var sb = new StringBuilder();
        foreach (var inline in content)
        {
            switch (inline)
            {
                case Text text: sb.Append(text.Value); break;
                case LineBreak: sb.Append('\n'); break;
            }
        }
        return sb.ToString();
    }
}

public sealed record Text(string Value, bool Strong = false) : Inline;

public sealed record LineBreak : Inline;
