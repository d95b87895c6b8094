namespace ReportGen.Documents.Writers.Docx;

/// <summary>
/// Text and attribute values escaped exactly as <see cref="System.Xml.XmlWriter"/> (UTF-8, default settings) does
/// on Linux: markup characters as entities; in text CR LF and CR become LF; in attribute values tab, LF and CR become
/// character references so they survive attribute normalisation; a control character or U+FFFE/U+FFFF is an error.
/// </summary>
internal static class XmlEscaping
{
    public static void Write(Utf8Buffer output, string text, bool inAttribute)
    {
        var plainFrom = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            var entity = Entity(ch, inAttribute);
            if (entity is null)
            {
                if (IsInvalid(text, i)) throw new ArgumentException($"'\\u{(int)ch:X4}' 不是 XML 1.0 允许的字符（第 {i + 1} 个字符）");
                if (char.IsHighSurrogate(ch)) i++;
                continue;
            }
            output.Utf8(text.AsSpan(plainFrom, i - plainFrom));
            output.Ascii(entity);
            // Text turns CR LF into one line end, as XmlWriter's new-line handling does.
            if (!inAttribute && ch == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            plainFrom = i + 1;
        }
        output.Utf8(text.AsSpan(plainFrom));
    }

    private static string? Entity(char ch, bool inAttribute) => ch switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' when inAttribute => "&quot;",
        '\t' when inAttribute => "&#x9;",
        '\n' when inAttribute => "&#xA;",
        '\r' when inAttribute => "&#xD;",
        '\r' => "\n",
        _ => null,
    };

    private static bool IsInvalid(string text, int i)
    {
        var ch = text[i];
        if (ch < 0x20) return ch is not ('\t' or '\n' or '\r');
        if (ch is '\uFFFE' or '\uFFFF') return true;
        return false;
    }
}
