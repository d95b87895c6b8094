using System.Text;

namespace ReportGen.Importing.Sources;

/// <summary>Whitespace as readers meet it (indentation, non-breaking and ideographic spaces, zero-width marks) reduced to what the text says.</summary>
public static class TextClean
{
    /// <summary>Runs of whitespace become one space; zero-width characters go; ends are trimmed.</summary>
    public static string Inline(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD') continue;
            if (char.IsWhiteSpace(c) || c is '\u00A0' or '\u3000')
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (char.IsControl(c)) continue;
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    public static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>CJK ideographs and full-width punctuation: text between which a line break adds no space.</summary>
    public static bool IsWide(char c) => IsCjk(c) || c is >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF' or '“' or '”' or '‘' or '’' or '—' or '…' or '·';

    public static int CjkCount(string text)
    {
        var n = 0;
        foreach (var c in text) if (IsCjk(c)) n++;
        return n;
    }

    /// <summary>Two lines of one paragraph: nothing between wide characters, a space between two words.</summary>
    public static string JoinLines(string first, string second)
    {
        if (first.Length == 0) return second;
        if (second.Length == 0) return first;
        var a = first[^1];
        var b = second[0];
        return char.IsAsciiLetterOrDigit(a) && char.IsAsciiLetterOrDigit(b) ? first + " " + second : first + second;
    }
}
