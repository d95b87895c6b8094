using System.Globalization;
using System.Text;

namespace ReportGen.Documents.Tests.Pdf.Inspection;

/// <summary>
/// A strict reader of PDF objects (ISO 32000-1 §7.2–7.3) over a byte array: anything the standard does not
/// allow throws <see cref="PdfSyntaxException"/>, where viewers (and PdfPig) would guess and carry on.
/// </summary>
public sealed class PdfSyntax(byte[] data, int position = 0)
{
    public int Position { get; set; } = position;
    public byte[] Data { get; } = data;

    public bool AtEnd
    {
        get { SkipWhitespace(); return Position >= Data.Length; }
    }

    public static bool IsWhitespace(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;
    public static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';
    private static bool IsRegular(byte b) => !IsWhitespace(b) && !IsDelimiter(b);

    public PdfSyntaxException Error(string message) => new(message, Position);

    public void SkipWhitespace()
    {
        while (Position < Data.Length)
        {
            var b = Data[Position];
            if (IsWhitespace(b)) Position++;
            else if (b == '%') { while (Position < Data.Length && Data[Position] is not (10 or 13)) Position++; }
            else break;
        }
    }

    /// <summary>Reads a bare keyword (obj, endobj, stream, xref, trailer …) and fails when another one is there.</summary>
    public void Expect(string keyword)
    {
        SkipWhitespace();
        var start = Position;
        var word = ReadRegular();
        if (word != keyword) { Position = start; throw Error($"expected '{keyword}', found '{Preview()}'"); }
    }

    public string Preview(int length = 24) => Encoding.Latin1.GetString(Data, Position, Math.Min(length, Data.Length - Position)).ReplaceLineEndings("⏎");

    private string ReadRegular()
    {
        var start = Position;
        while (Position < Data.Length && IsRegular(Data[Position])) Position++;
        return Encoding.Latin1.GetString(Data, start, Position - start);
    }

    /// <summary>
    /// The next object. In a file <paramref name="references"/> turns "n g R" into a <see cref="PdfRef"/>;
    /// in a content stream keywords come back as <see cref="PdfOperator"/>.
    /// </summary>
    public object ReadObject(bool references = true)
    {
        SkipWhitespace();
        if (Position >= Data.Length) throw Error("unexpected end of data");
        var b = Data[Position];
        switch (b)
        {
            case (byte)'/': return ReadName();
            case (byte)'(': return ReadLiteralString();
            case (byte)'[':
            {
                Position++;
                var array = new PdfArray();
                while (true)
                {
                    SkipWhitespace();
                    if (Position >= Data.Length) throw Error("unterminated array");
                    if (Data[Position] == ']') { Position++; return array; }
                    array.Add(ReadObject(references));
                }
            }
            case (byte)'<' when Position + 1 < Data.Length && Data[Position + 1] == '<':
            {
                Position += 2;
                var dict = new PdfDict();
                while (true)
                {
                    SkipWhitespace();
                    if (Position + 1 < Data.Length && Data[Position] == '>' && Data[Position + 1] == '>') { Position += 2; return dict; }
                    if (Position >= Data.Length) throw Error("unterminated dictionary");
                    if (Data[Position] != '/') throw Error($"dictionary key is not a name: '{Preview()}'");
                    var key = ReadName().Value;
                    var value = ReadObject(references);
                    if (!dict.TryAdd(key, value)) throw Error($"duplicate key /{key}");
                }
            }
            case (byte)'<': return ReadHexString();
            case (byte)')' or (byte)'>' or (byte)']' or (byte)'{' or (byte)'}': throw Error($"unexpected '{(char)b}'");
        }
        var start = Position;
        var word = ReadRegular();
        if (word.Length == 0) throw Error($"unexpected byte 0x{b:X2}");
        if (IsNumber(word))
        {
            var number = double.Parse(word, NumberStyles.Float, CultureInfo.InvariantCulture);
            if (references && IsInteger(word) && TryReadReferenceTail(out var generation)) return new PdfRef(int.Parse(word, CultureInfo.InvariantCulture), generation);
            return number;
        }
        return word switch
        {
            "true" => true,
            "false" => false,
            "null" => PdfNull.Value,
            _ when references => throw new PdfSyntaxException($"unexpected keyword '{word}'", start),
            _ => new PdfOperator(word),
        };
    }

    private bool TryReadReferenceTail(out int generation)
    {
        generation = 0;
        var save = Position;
        SkipWhitespace();
        var g = ReadRegular();
        if (IsInteger(g) && !g.StartsWith('-') && !g.StartsWith('+'))
        {
            SkipWhitespace();
            if (ReadRegular() == "R") { generation = int.Parse(g, CultureInfo.InvariantCulture); return true; }
        }
        Position = save;
        return false;
    }

    private static bool IsInteger(string s) => s.Length > 0 && s.AsSpan(s[0] is '+' or '-' ? 1 : 0) is { Length: > 0 } digits && digits.IndexOfAnyExceptInRange('0', '9') < 0;

    private static bool IsNumber(string s)
    {
        var body = s.AsSpan(s[0] is '+' or '-' ? 1 : 0);
        var dot = body.IndexOf('.');
        if (dot >= 0 && body[(dot + 1)..].Contains('.')) return false;
        return body.Length > (dot >= 0 ? 1 : 0) && body.IndexOfAnyExcept("0123456789.") < 0;
    }

    private PdfName ReadName()
    {
        Position++; // '/'
        var bytes = new List<byte>();
        while (Position < Data.Length && IsRegular(Data[Position]))
        {
            var c = Data[Position++];
            if (c == '#')
            {
                if (Position + 2 > Data.Length || !IsHex(Data[Position]) || !IsHex(Data[Position + 1])) throw Error("bad #xx escape in a name");
                c = (byte)(Hex(Data[Position]) * 16 + Hex(Data[Position + 1]));
                Position += 2;
            }
            bytes.Add(c);
        }
        return new PdfName(Encoding.UTF8.GetString(bytes.ToArray()));
    }

    private PdfString ReadLiteralString()
    {
        Position++; // '('
        var bytes = new List<byte>();
        var depth = 1;
        while (true)
        {
            if (Position >= Data.Length) throw Error("unterminated string");
            var c = Data[Position++];
            switch (c)
            {
                case (byte)'(': depth++; bytes.Add(c); break;
                case (byte)')':
                    if (--depth == 0) return new PdfString(bytes.ToArray());
                    bytes.Add(c);
                    break;
                case (byte)'\\':
                    if (Position >= Data.Length) throw Error("unterminated string");
                    var e = Data[Position++];
                    switch (e)
                    {
                        case (byte)'n': bytes.Add(10); break;
                        case (byte)'r': bytes.Add(13); break;
                        case (byte)'t': bytes.Add(9); break;
                        case (byte)'b': bytes.Add(8); break;
                        case (byte)'f': bytes.Add(12); break;
                        case (byte)'(' or (byte)')' or (byte)'\\': bytes.Add(e); break;
                        case 13: if (Position < Data.Length && Data[Position] == 10) Position++; break; // line continuation
                        case 10: break;
                        case >= (byte)'0' and <= (byte)'7':
                            var value = e - '0';
                            for (var i = 0; i < 2 && Position < Data.Length && Data[Position] is >= (byte)'0' and <= (byte)'7'; i++)
                                value = value * 8 + (Data[Position++] - '0');
                            bytes.Add((byte)value);
                            break;
                        default: bytes.Add(e); break; // the standard says: ignore the backslash
                    }
                    break;
                default: bytes.Add(c); break;
            }
        }
    }

    private PdfString ReadHexString()
    {
        Position++; // '<'
        var nibbles = new List<int>();
        while (true)
        {
            if (Position >= Data.Length) throw Error("unterminated hex string");
            var c = Data[Position++];
            if (c == '>') break;
            if (IsWhitespace(c)) continue;
            if (!IsHex(c)) throw Error($"'{(char)c}' in a hex string");
            nibbles.Add(Hex(c));
        }
        if (nibbles.Count % 2 == 1) nibbles.Add(0);
        var bytes = new byte[nibbles.Count / 2];
        for (var i = 0; i < bytes.Length; i++) bytes[i] = (byte)(nibbles[2 * i] * 16 + nibbles[2 * i + 1]);
        return new PdfString(bytes);
    }

    private static bool IsHex(byte c) => c is >= (byte)'0' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f' or >= (byte)'A' and <= (byte)'F';
    private static int Hex(byte c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    /// <summary>A content stream as (operands, operator) pairs; fails on anything that is not PDF syntax.</summary>
    public static IReadOnlyList<(IReadOnlyList<object> Operands, string Operator)> ContentOperations(byte[] content)
    {
        var syntax = new PdfSyntax(content);
        var result = new List<(IReadOnlyList<object>, string)>();
        var operands = new List<object>();
        while (!syntax.AtEnd)
        {
            var o = syntax.ReadObject(references: false);
            if (o is PdfOperator op)
            {
                if (op.Name == "BI") throw syntax.Error("inline image (the writer never makes one)");
                result.Add((operands, op.Name));
                operands = [];
            }
            else operands.Add(o);
        }
        if (operands.Count > 0) throw syntax.Error("operands without an operator at the end of the content");
        return result;
    }
}
