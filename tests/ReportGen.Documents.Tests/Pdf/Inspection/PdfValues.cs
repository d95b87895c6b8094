using System.Text;

namespace ReportGen.Documents.Tests.Pdf.Inspection;

// The PDF object model of the tests' own reader (ISO 32000-1 §7.3). Numbers are doubles, booleans bools,
// null is PdfNull.Value; the rest are the types below.

public sealed record PdfName(string Value)
{
    public override string ToString() => "/" + Value;
}

public sealed class PdfString(byte[] bytes)
{
    public byte[] Bytes { get; } = bytes;

    /// <summary>UTF-16BE with its byte-order mark, else PDFDocEncoding (Latin-1 is close enough for what the writer emits).</summary>
    public string Text => Bytes is [0xFE, 0xFF, ..]
        ? Encoding.BigEndianUnicode.GetString(Bytes, 2, Bytes.Length - 2)
        : Encoding.Latin1.GetString(Bytes);

    public override string ToString() => "(" + Text + ")";
}

public readonly record struct PdfRef(int Number, int Generation)
{
    public override string ToString() => $"{Number} {Generation} R";
}

public sealed class PdfNull
{
    public static readonly PdfNull Value = new();
    private PdfNull() { }
    public override string ToString() => "null";
}

public sealed class PdfArray : List<object>;

/// <summary>Keys without the slash.</summary>
public sealed class PdfDict : Dictionary<string, object>
{
    public PdfDict() : base(StringComparer.Ordinal) { }

    public string? Name(string key) => TryGetValue(key, out var v) && v is PdfName n ? n.Value : null;
}

public sealed record PdfStream(PdfDict Dict, byte[] Raw);

/// <summary>A content-stream operator (Tj, BDC, re …), or a keyword where an object was expected.</summary>
public sealed record PdfOperator(string Name);

public sealed class PdfSyntaxException(string message, long offset) : Exception($"{message} (byte {offset})")
{
    public long Offset { get; } = offset;
}
