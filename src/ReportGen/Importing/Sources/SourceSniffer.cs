using System.Text;
using ReportGen.Importing.Published;

namespace ReportGen.Importing.Sources;

/// <summary>Decides the kind of a source from its bytes first (a saved page may be called .txt, a PDF .download), then its name.</summary>
public static class SourceSniffer
{
    public enum Verdict
    {
        Html,
        Docx,
        Pdf,
        Text,
        LegacyDoc,
        Unknown,
    }

    public static Verdict Detect(string file, ReadOnlySpan<byte> bytes)
    {
        if (StartsWith(bytes, "%PDF"u8) || IndexOf(bytes[..Math.Min(bytes.Length, 1024)], "%PDF-"u8) >= 0) return Verdict.Pdf;
        if (StartsWith(bytes, "PK\u0003\u0004"u8)) return Verdict.Docx;
        if (StartsWith(bytes, new byte[] { 0xD0, 0xCF, 0x11, 0xE0 })) return Verdict.LegacyDoc;
        var ext = Path.GetExtension(file).ToLowerInvariant();
        if (ext is ".docx") return Verdict.Docx;
        if (ext is ".pdf") return Verdict.Pdf;
        if (ext is ".doc") return Verdict.LegacyDoc;
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 8192)]).ToLowerInvariant();
        if (ext is ".html" or ".htm" or ".shtml" or ".xhtml" or ".mht"
            || head.Contains("<!doctype html") || head.Contains("<html") || head.Contains("<body") || head.Contains("<head"))
            return Verdict.Html;
        if (LooksBinary(bytes)) return Verdict.Unknown;
        return Verdict.Text;
    }

    public static SourceKind? KindOf(Verdict verdict) => verdict switch
    {
        Verdict.Html => SourceKind.Html,
        Verdict.Docx => SourceKind.Docx,
        Verdict.Pdf => SourceKind.Pdf,
        Verdict.Text => SourceKind.Text,
        _ => null,
    };

    /// <summary>Text in any of the encodings we read has no NUL bytes; UTF-16 has a BOM.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (StartsWith(bytes, new byte[] { 0xFF, 0xFE }) || StartsWith(bytes, new byte[] { 0xFE, 0xFF })) return false;
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        var controls = 0;
        foreach (var b in sample)
        {
            if (b == 0) return true;
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C)) controls++;
        }
        return sample.Length > 0 && controls * 20 > sample.Length;
    }

    private static bool StartsWith(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> prefix) => bytes.Length >= prefix.Length && bytes[..prefix.Length].SequenceEqual(prefix);

    private static int IndexOf(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> needle) => bytes.IndexOf(needle);
}
