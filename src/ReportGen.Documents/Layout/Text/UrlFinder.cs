namespace ReportGen.Documents.Layout.Text;

/// <summary>A web address inside paragraph text: glyphs [Start, End) and the URI it opens.</summary>
public readonly record struct UrlRange(int Start, int End, string Uri);

/// <summary>
/// Finds web addresses (http://, https://, www.) and e-mail addresses in shaped text so the PDF can make them links.
/// An address ends at the first character that is not URL-safe ASCII; a final dot or comma is
/// punctuation, not part of it.
/// </summary>
public static class UrlFinder
{
    public static List<UrlRange> Find(int[] cps)
    {
        List<UrlRange>? result = null;
        for (var i = 0; i < cps.Length; i++)
        {
            if (cps[i] == '@' && TryEmail(cps, i, out var email))
            {
                // A mailbox is recognised at its '@' and reaches back over the local part.
                (result ??= []).Add(email);
                i = email.End;
                continue;
            }
            var scheme = StartsWith(cps, i, "https://") || StartsWith(cps, i, "http://");
            if (!scheme && !(StartsWith(cps, i, "www.") && (i == 0 || !IsUrlChar(cps[i - 1])))) continue;
            var end = i;
            while (end < cps.Length && IsUrlChar(cps[end])) end++;
            while (end > i && cps[end - 1] is '.' or ',' or ':' or ';' or ')') end--;
            var text = string.Concat(cps[i..end].Select(c => (char)c));
            if (text.Length > (scheme ? 8 : 5))
                (result ??= []).Add(new UrlRange(i, end, scheme ? text : "http://" + text));
            i = end;
        }
        return result ?? [];
    }

    /// <summary>name@host.tld around the '@' at <paramref name="at"/> → a mailto: link.</summary>
    private static bool TryEmail(int[] cps, int at, out UrlRange email)
    {
        email = default;
        var start = at;
        while (start > 0 && IsMailChar(cps[start - 1])) start--;
        var end = at + 1;
        while (end < cps.Length && IsMailChar(cps[end]) && cps[end] != '_') end++;
        while (end > at + 1 && cps[end - 1] is '.' or '-') end--;
        var host = string.Concat(cps[(at + 1)..end].Select(c => (char)c));
        if (start == at || !host.Contains('.') || host.EndsWith('.')) return false;
        var text = string.Concat(cps[start..end].Select(c => (char)c));
        email = new UrlRange(start, end, "mailto:" + text);
        return true;
    }

    private static bool IsMailChar(int c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '.' or '_' or '-' or '+';

    private static bool StartsWith(int[] cps, int at, string prefix)
    {
        if (at + prefix.Length > cps.Length) return false;
        for (var k = 0; k < prefix.Length; k++)
            if (char.ToLowerInvariant((char)cps[at + k]) != prefix[k]) return false;
        return true;
    }

    private static bool IsUrlChar(int c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9'
        || c is '-' or '.' or '_' or '~' or ':' or '/' or '?' or '#' or '[' or ']' or '@' or '!' or '$' or '&' or '\'' or '*' or '+' or ',' or ';' or '=' or '%';
}
