namespace ReportGen.Documents.Writers.Html;

/// <summary>
/// Escapes and sanitises text for HTML. Reports are public records, so anything that could change
/// how text reads (bidi overrides) or is invalid in HTML (controls) is dropped rather than escaped:
/// a character reference like <c>&amp;#x202E;</c> would still be decoded and take effect.
/// The same escaping is used in text and in double-quoted attribute values, so callers cannot pick
/// the wrong one.
/// </summary>
internal static class HtmlText
{
    /// <summary>Writes <paramref name="value"/> escaped; runs of harmless characters go out as one span.</summary>
    public static void Write(TextWriter writer, string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        var span = value.AsSpan();
        var start = 0;
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            string? replacement;
            if (c < 0x80)
            {
                if (c >= 0x20 && c != '<' && c != '>' && c != '&' && c != '"' && c != '\'' && c != 0x7F) continue;
                replacement = c switch
                {
                    '<' => "&lt;",
                    '>' => "&gt;",
                    '&' => "&amp;",
                    '"' => "&quot;",
                    '\'' => "&#39;",
                    '\n' or '\t' => null,
                    _ => "", // other C0 controls and DEL (CR included: CRLF becomes LF)
                };
                if (replacement is null) continue;
            }
            else if (IsDropped(c))
            {
                replacement = "";
            }
            else if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                i++;
                continue;
            }
            else if (char.IsSurrogate(c))
            {
                // A lone surrogate cannot be encoded; make the replacement explicit instead of
                // leaving it to the encoder's fallback.
                replacement = "\uFFFD";
            }
            else
            {
                continue;
            }

            if (i > start) writer.Write(span[start..i]);
            writer.Write(replacement);
            start = i + 1;
        }
        if (start == 0) writer.Write(value);
        else if (start < span.Length) writer.Write(span[start..]);
    }

    /// <summary>
    /// C1 controls and every Unicode Bidi_Control character (ALM, LRM, RLM, LRE…RLO, LRI…PDI):
    /// they can make a public record display text in an order other than the stored one.
    /// </summary>
    internal static bool IsDropped(char c) =>
        c is (>= '\u0080' and <= '\u009F')
            or '\u061C' or '\u200E' or '\u200F'
            or (>= '\u202A' and <= '\u202E')
            or (>= '\u2066' and <= '\u2069');
}
