using System.Text;

namespace ReportGen.Templating;

/// <summary>
/// Escapes values written by templates into report markup. User text must arrive literally in every
/// format: markup characters are escaped, and control and bidi-override characters (which could
/// make a public record display differently from what it says) are dropped.
/// </summary>
public static class MarkupEscaper
{
    public static string Escape(string value)
    {
        var needs = false;
        foreach (var c in value)
            if (c is '<' or '>' or '&' or '"' or '\'' || IsDropped(c)) { needs = true; break; }
        if (!needs) return value;

        var sb = new StringBuilder(value.Length + 16);
        foreach (var c in value)
        {
            switch (c)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&apos;"); break;
                default:
                    if (!IsDropped(c)) sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>C0/C1 controls other than tab and newline, bidi embeddings/overrides/isolates, and non-characters XML cannot carry.</summary>
    public static bool IsDropped(char c) =>
        (c < 0x20 && c is not '\t' and not '\n')
        || (c >= 0x7F && c <= 0x9F)
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c is '\u200E' or '\u200F' or '\u061C' or '\uFFFE' or '\uFFFF';
}
