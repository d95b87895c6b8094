using System.Text;
using ReportGen.Documents.Diagnostics;

namespace ReportGen.Importing.Sources.Text;

/// <summary>
/// Bytes to text for web pages and text files: UTF-8 or the GB family (GB2312 ⊂ GBK ⊂ GB18030, all
/// decoded as GB18030). The bytes decide, not the declaration: valid UTF-8 with non-ASCII characters
/// is almost never GBK, and portals often declare one encoding and serve the other.
/// </summary>
public static class TextDecoding
{
    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    public sealed record Decoded(string Text, string EncodingName, string? Problem, bool Failed);

    public static Encoding Gb18030 => Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    /// <param name="declared">The charset a page declares (meta or BOM-less hint), or null.</param>
    public static Decoded Decode(byte[] bytes, string? declared)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            return Utf8(bytes, 3, declared);
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            return new Decoded(Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), "UTF-16", null, false);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            return new Decoded(Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), "UTF-16", null, false);

        var isGbDeclared = declared is not null && IsGbName(declared);
        if (TryStrict(StrictUtf8, bytes, 0, out var utf8))
        {
            var problem = isGbDeclared && bytes.Any(b => b >= 0x80) ? Catalog.Importing.WrongDeclaredEncoding.Text(declared!, "UTF-8") : null;
            return new Decoded(utf8, "UTF-8", problem, false);
        }
        if (TryStrict(Gb18030, bytes, 0, out var gb))
        {
            var problem = declared is not null && !isGbDeclared ? Catalog.Importing.WrongDeclaredEncoding.Text(declared, "GB18030") : null;
            return new Decoded(gb, "GB18030", problem, false);
        }
        // Neither decodes cleanly: take the one with fewer replacement characters, refuse when both are garbage.
        var lenientUtf8 = Encoding.UTF8.GetString(bytes);
        var lenientGb = Encoding.GetEncoding("GB18030").GetString(bytes);
        var (text, name) = Replacements(lenientUtf8) <= Replacements(lenientGb) ? (lenientUtf8, "UTF-8") : (lenientGb, "GB18030");
        var bad = Replacements(text);
        var failed = bad > 16 && bad * 50 > text.Length;
        return new Decoded(text, name, failed ? Catalog.Importing.UndecidableEncoding.Text(declared ?? Catalog.Importing.NotDeclared.Text()) : Catalog.Importing.UndecodableBytes.Text(bad, name), failed);
    }

    private static Decoded Utf8(byte[] bytes, int offset, string? declared)
        => TryStrict(StrictUtf8, bytes, offset, out var text)
            ? new Decoded(text, "UTF-8", null, false)
            : new Decoded(Encoding.UTF8.GetString(bytes, offset, bytes.Length - offset), "UTF-8", Catalog.Importing.InvalidAfterBom.Text(), false);

    public static bool IsGbName(string name)
    {
        var n = name.Trim().Trim('"', '\'').ToLowerInvariant();
        return n is "gbk" or "gb2312" or "gb18030" or "gb_2312-80" or "x-gbk" or "cp936" or "windows-936" or "euc-cn" or "x-euc-cn" or "csgb2312" or "hz-gb-2312";
    }

    private static bool TryStrict(Encoding encoding, byte[] bytes, int offset, out string text)
    {
        try
        {
            text = encoding.GetString(bytes, offset, bytes.Length - offset);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }

    private static int Replacements(string text) => text.Count(c => c == '\uFFFD');
}
