using System.Collections.Immutable;
using ReportGen.Documents.Document;

namespace ReportGen.Documents.Writers.Html;

internal static class HtmlInlines
{
    public static void Write(TextWriter w, ImmutableArray<Inline> content)
    {
        if (content.IsDefaultOrEmpty) return;
        foreach (var inline in content)
        {
            switch (inline)
            {
                case Text { Strong: true } t:
                    w.Write("<strong>");
                    HtmlText.Write(w, t.Value);
                    w.Write("</strong>");
                    break;
                case Text t:
                    HtmlText.Write(w, t.Value);
                    break;
                case LineBreak:
                    w.Write("<br>");
                    break;
            }
        }
    }
}
