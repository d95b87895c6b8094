using System.Text;

namespace ReportGen.Documents.Writers.Docx;

/// <summary>
/// Text from data files can carry control characters (a stray form feed or vertical tab pasted from
/// Word) that XML 1.0 cannot represent; the XML writer would throw and fail the whole batch item.
/// They are dropped, which is what Word itself does on paste.
/// </summary>
internal static class XmlTextSanitizer
{
    public static string Clean(string text)
    {
        var firstBad = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsValid(text, i)) { firstBad = i; break; }
        }
        if (firstBad < 0) return text;

        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
        {
            if (IsValid(text, i)) sb.Append(text[i]);
        }
        return sb.ToString();
    }

    private static bool IsValid(string text, int i)
    {
        var ch = text[i];
        if (ch is '\t' or '\n' or '\r') return true;
        if (ch < 0x20 || ch is '\uFFFE' or '\uFFFF') return false;
        if (char.IsHighSurrogate(ch)) return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
        if (char.IsLowSurrogate(ch)) return i > 0 && char.IsHighSurrogate(text[i - 1]);
        return true;
    }
}
