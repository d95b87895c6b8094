using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace ReportGen.Documents.Tests.Pdf.Inspection;

/// <summary>
/// The tests' own reading of a whole PDF file, as strict as <c>qpdf --check</c> for what the writer makes
/// (classic cross-reference table, no object streams, no encryption): header, trailer, every xref entry
/// pointing at its object, every object parsed, every stream's /Length, every filter decoded (Flate inflated
/// with its checksum, PNG predictors undone, JPEG markers walked), every reference resolving, the page tree
/// consistent. What is wrong goes into <see cref="Problems"/>; a file too broken to read at all throws.
/// </summary>
public sealed class PdfFile
{
    private readonly Dictionary<int, object> _objects = [];
    private readonly List<string> _problems = [];

    public byte[] Bytes { get; }
    public PdfDict Trailer { get; }
    public IReadOnlyDictionary<int, object> Objects => _objects;
    public IReadOnlyList<string> Problems => _problems;
    public string Version { get; }

    private PdfFile(byte[] bytes)
    {
        Bytes = bytes;
        Version = ReadHeader();
        var xref = ReadStartXref();
        var offsets = ReadXref(xref, out var trailer);
        Trailer = trailer;
        foreach (var (number, offset) in offsets) ReadIndirectObject(number, offset);
        CheckTrailer();
        CheckReferences();
        CheckStreams();
        CheckPageTree();
    }

    public static PdfFile Read(byte[] bytes) => new(bytes);

    /// <summary>The problems as one message, for assertions.</summary>
    public string Report => Problems.Count == 0 ? "no problems" : string.Join("\n", Problems);

    public object Resolve(object value) => value is PdfRef r ? _objects.GetValueOrDefault(r.Number, PdfNull.Value) : value;

    public PdfDict Dict(object value) => Resolve(value) switch
    {
        PdfDict d => d,
        PdfStream s => s.Dict,
        var other => throw new InvalidOperationException($"{value} is {other}, not a dictionary"),
    };

    public PdfDict Catalog => Dict(Trailer["Root"]);

    public PdfDict Info => Dict(Trailer["Info"]);

    /// <summary>The pages in order, each with its reference.</summary>
    public IReadOnlyList<(PdfRef Ref, PdfDict Page)> Pages
    {
        get
        {
            var pages = new List<(PdfRef, PdfDict)>();
            void Walk(PdfRef node)
            {
                var dict = Dict(node);
                if (dict.Name("Type") == "Page") { pages.Add((node, dict)); return; }
                foreach (var kid in (PdfArray)Resolve(dict["Kids"])) Walk((PdfRef)kid);
            }
            Walk((PdfRef)Catalog["Pages"]);
            return pages;
        }
    }

    /// <summary>Every object, including the direct ones nested inside indirect objects.</summary>
    public IEnumerable<object> AllValues()
    {
        var stack = new Stack<object>(_objects.Values);
        while (stack.Count > 0)
        {
            var o = stack.Pop();
            yield return o;
            switch (o)
            {
                case PdfArray a: foreach (var x in a) stack.Push(x); break;
                case PdfDict d: foreach (var x in d.Values) stack.Push(x); break;
                case PdfStream s: stack.Push(s.Dict); break;
            }
        }
    }

    /// <summary>A page's content, all its streams decoded and joined as the standard says (§7.8.2).</summary>
    public byte[] PageContent(PdfDict page)
    {
        var contents = Resolve(page["Contents"]);
        var streams = contents is PdfArray a ? a.Select(Resolve).Cast<PdfStream>() : [(PdfStream)contents];
        return streams.SelectMany(s => Decode(s).Append((byte)'\n')).ToArray();
    }

    /// <summary>The stream's data with every filter undone; DCTDecode data is returned as the JPEG it is.</summary>
    public byte[] Decode(PdfStream stream)
    {
        var data = stream.Raw;
        var filters = Resolve(stream.Dict.GetValueOrDefault("Filter", PdfNull.Value)) switch
        {
            PdfName n => [n],
            PdfArray a => a.Select(Resolve).Cast<PdfName>().ToList(),
            _ => new List<PdfName>(),
        };
        var parms = Resolve(stream.Dict.GetValueOrDefault("DecodeParms", PdfNull.Value));
        for (var i = 0; i < filters.Count; i++)
        {
            var p = parms is PdfArray pa ? Resolve(pa[i]) as PdfDict : parms as PdfDict;
            data = filters[i].Value switch
            {
                "FlateDecode" => Unpredict(Inflate(data), p),
                "DCTDecode" => JpegMarkers.Check(data),
                var other => throw new InvalidDataException($"filter /{other} is not one the writer uses"),
            };
        }
        return data;
    }

    private static byte[] Inflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var z = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress)) z.CopyTo(output);
        return output.ToArray();
    }

    /// <summary>PNG predictors (§7.4.4.4): each row starts with its filter type byte.</summary>
    private byte[] Unpredict(byte[] data, PdfDict? parms)
    {
        if (parms is null || !parms.TryGetValue("Predictor", out var pr) || Convert.ToInt32(Resolve(pr), CultureInfo.InvariantCulture) == 1) return data;
        var predictor = Convert.ToInt32(Resolve(pr), CultureInfo.InvariantCulture);
        if (predictor < 10) throw new InvalidDataException($"TIFF predictor {predictor} is not one the writer uses");
        var colors = parms.TryGetValue("Colors", out var c) ? Convert.ToInt32(Resolve(c), CultureInfo.InvariantCulture) : 1;
        var bits = parms.TryGetValue("BitsPerComponent", out var b) ? Convert.ToInt32(Resolve(b), CultureInfo.InvariantCulture) : 8;
        var columns = parms.TryGetValue("Columns", out var col) ? Convert.ToInt32(Resolve(col), CultureInfo.InvariantCulture) : 1;
        var bpp = Math.Max(1, colors * bits / 8);
        var rowBytes = (colors * bits * columns + 7) / 8;
        if (data.Length % (rowBytes + 1) != 0) throw new InvalidDataException($"predicted data of {data.Length} bytes is not whole rows of {rowBytes + 1}");
        var rows = data.Length / (rowBytes + 1);
        var result = new byte[rows * rowBytes];
        for (var y = 0; y < rows; y++)
        {
            var type = data[y * (rowBytes + 1)];
            for (var x = 0; x < rowBytes; x++)
            {
                var raw = data[y * (rowBytes + 1) + 1 + x];
                int left = x >= bpp ? result[y * rowBytes + x - bpp] : 0;
                int up = y > 0 ? result[(y - 1) * rowBytes + x] : 0;
                int upLeft = x >= bpp && y > 0 ? result[(y - 1) * rowBytes + x - bpp] : 0;
                result[y * rowBytes + x] = type switch
                {
                    0 => raw,
                    1 => (byte)(raw + left),
                    2 => (byte)(raw + up),
                    3 => (byte)(raw + (left + up) / 2),
                    4 => (byte)(raw + Paeth(left, up, upLeft)),
                    _ => throw new InvalidDataException($"PNG row filter {type} in row {y}"),
                };
            }
        }
        return result;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private string ReadHeader()
    {
        var head = Encoding.Latin1.GetString(Bytes, 0, Math.Min(16, Bytes.Length));
        if (!head.StartsWith("%PDF-", StringComparison.Ordinal) || head.Length < 8) throw new PdfSyntaxException("no %PDF- header", 0);
        var version = head[5..8];
        if (version is not ("1.4" or "1.5" or "1.6" or "1.7" or "2.0")) _problems.Add($"header version {version}");
        // A binary file says so in a comment of four bytes >= 128 on its second line (§7.5.2).
        var eol = Array.IndexOf(Bytes, (byte)'\n');
        if (eol < 0 || Bytes.Length < eol + 6 || Bytes[eol + 1] != '%' || Bytes.Skip(eol + 2).Take(4).Any(b => b < 128))
            _problems.Add("no binary comment after the header");
        return version;
    }

    private int ReadStartXref()
    {
        var tail = Encoding.Latin1.GetString(Bytes, Math.Max(0, Bytes.Length - 1024), Math.Min(1024, Bytes.Length));
        if (!tail.TrimEnd('\r', '\n').EndsWith("%%EOF", StringComparison.Ordinal)) _problems.Add("the file does not end with %%EOF");
        var at = tail.LastIndexOf("startxref", StringComparison.Ordinal);
        if (at < 0) throw new PdfSyntaxException("no startxref", Bytes.Length);
        var syntax = new PdfSyntax(Bytes, Math.Max(0, Bytes.Length - 1024) + at);
        syntax.Expect("startxref");
        var offset = syntax.ReadObject(references: false);
        if (offset is not double d || d < 0 || d >= Bytes.Length || d != Math.Floor(d)) throw syntax.Error($"startxref {offset} is not an offset in the file");
        return (int)d;
    }

    /// <summary>The classic table (§7.5.4): 20-byte entries, object 0 free with generation 65535.</summary>
    private SortedDictionary<int, int> ReadXref(int at, out PdfDict trailer)
    {
        var syntax = new PdfSyntax(Bytes, at);
        if (syntax.Preview(4) != "xref") throw syntax.Error("startxref does not point at 'xref' (an xref stream is not what the writer makes)");
        syntax.Expect("xref");
        var offsets = new SortedDictionary<int, int>();
        var entries = 0;
        while (true)
        {
            syntax.SkipWhitespace();
            if (syntax.Preview(7) == "trailer") break;
            if (syntax.ReadObject(references: false) is not double first || syntax.ReadObject(references: false) is not double count)
                throw syntax.Error("bad xref subsection header");
            while (syntax.Position < Bytes.Length && Bytes[syntax.Position] is 32) syntax.Position++;
            if (syntax.Position < Bytes.Length && Bytes[syntax.Position] == '\r') syntax.Position++;
            if (syntax.Position < Bytes.Length && Bytes[syntax.Position] == '\n') syntax.Position++;
            for (var i = 0; i < (int)count; i++)
            {
                if (syntax.Position + 20 > Bytes.Length) throw syntax.Error("xref table cut short");
                var entry = Encoding.Latin1.GetString(Bytes, syntax.Position, 20);
                if (entry[10] != ' ' || entry[16] != ' ' || entry[17] is not ('n' or 'f') || entry[18..] is not (" \n" or " \r" or "\r\n")
                    || !long.TryParse(entry[..10], NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
                    || !int.TryParse(entry[11..16], NumberStyles.None, CultureInfo.InvariantCulture, out var generation))
                    throw syntax.Error($"xref entry {(int)first + i} is not 20 bytes 'nnnnnnnnnn ggggg n EOL': '{entry.ReplaceLineEndings("⏎")}'");
                var number = (int)first + i;
                if (number == 0 && (entry[17] != 'f' || generation != 65535)) _problems.Add("xref entry 0 is not free with generation 65535");
                if (entry[17] == 'n')
                {
                    if (generation != 0) _problems.Add($"object {number} has generation {generation} (the writer only makes generation 0)");
                    if (offset <= 0 || offset >= Bytes.Length) _problems.Add($"xref offset {offset} of object {number} is outside the file");
                    else if (!offsets.TryAdd(number, (int)offset)) _problems.Add($"object {number} listed twice in the xref table");
                }
                syntax.Position += 20;
                entries++;
            }
        }
        syntax.Expect("trailer");
        if (syntax.ReadObject() is not PdfDict t) throw syntax.Error("trailer is not a dictionary");
        trailer = t;
        if (t.TryGetValue("Size", out var size) && size is double s && (int)s != entries)
            _problems.Add($"trailer /Size {s} but the xref table has {entries} entries");
        if (t.ContainsKey("Prev") || t.ContainsKey("XRefStm")) _problems.Add("incremental update (the writer writes each file once)");
        if (t.ContainsKey("Encrypt")) _problems.Add("encrypted");
        return offsets;
    }

    private void ReadIndirectObject(int number, int offset)
    {
        var syntax = new PdfSyntax(Bytes, offset);
        try
        {
            if (syntax.ReadObject(references: false) is not double n || (int)n != number
                || syntax.ReadObject(references: false) is not double g || g != 0)
            {
                _problems.Add($"xref offset {offset} of object {number} does not point at '{number} 0 obj': '{new PdfSyntax(Bytes, offset).Preview()}'");
                return;
            }
            syntax.Expect("obj");
            var value = syntax.ReadObject();
            syntax.SkipWhitespace();
            if (syntax.Preview(6) == "stream")
            {
                if (value is not PdfDict dict) throw syntax.Error("a stream without a dictionary");
                value = ReadStreamData(syntax, dict, number);
            }
            syntax.Expect("endobj");
            _objects[number] = value;
        }
        catch (Exception e) when (e is PdfSyntaxException or FormatException or OverflowException)
        {
            _problems.Add($"object {number}: {e.Message}");
        }
    }

    /// <summary>'stream' EOL, exactly /Length bytes, optional EOL, 'endstream' (§7.3.8.1).</summary>
    private PdfStream ReadStreamData(PdfSyntax syntax, PdfDict dict, int number)
    {
        syntax.Position += "stream".Length;
        if (syntax.Position < Bytes.Length && Bytes[syntax.Position] == '\r') syntax.Position++;
        if (syntax.Position >= Bytes.Length || Bytes[syntax.Position] != '\n') throw syntax.Error("'stream' not followed by CRLF or LF");
        syntax.Position++;
        if (!dict.TryGetValue("Length", out var lengthValue)) throw syntax.Error("stream without /Length");
        var length = lengthValue switch
        {
            double d => (int)d,
            PdfRef r => LengthFromReference(r),
            _ => throw syntax.Error("/Length is not a number"),
        };
        if (length < 0 || syntax.Position + length > Bytes.Length) throw syntax.Error($"/Length {length} runs past the end of the file");
        var raw = Bytes.AsSpan(syntax.Position, length).ToArray();
        syntax.Position += length;
        var end = new PdfSyntax(Bytes, syntax.Position);
        end.SkipWhitespace();
        if (end.Preview(9) != "endstream")
            throw syntax.Error($"object {number}: /Length {length} does not end at 'endstream' (found '{end.Preview()}')");
        syntax.Position = end.Position + "endstream".Length;
        return new PdfStream(dict, raw);
    }

    private int LengthFromReference(PdfRef r)
    {
        // An indirect /Length may name an object that comes later in the file: read it on its own.
        var lengthSyntax = new PdfSyntax(Bytes, FindObjectOffset(r.Number));
        lengthSyntax.ReadObject(references: false);
        lengthSyntax.ReadObject(references: false);
        lengthSyntax.Expect("obj");
        return lengthSyntax.ReadObject() is double d ? (int)d : throw lengthSyntax.Error("indirect /Length is not a number");
    }

    private int FindObjectOffset(int number)
    {
        var marker = Encoding.Latin1.GetBytes($"\n{number} 0 obj");
        var at = Bytes.AsSpan().IndexOf(marker);
        return at < 0 ? throw new PdfSyntaxException($"object {number} not found", 0) : at + 1;
    }

    private void CheckTrailer()
    {
        foreach (var key in new[] { "Size", "Root", "Info", "ID" })
            if (!Trailer.ContainsKey(key)) _problems.Add($"trailer has no /{key}");
        if (Trailer.TryGetValue("Size", out var size) && size is double s && _objects.Count > 0 && _objects.Keys.Max() >= s)
            _problems.Add($"object {_objects.Keys.Max()} is beyond trailer /Size {s}");
        if (Trailer.TryGetValue("ID", out var id) && (id is not PdfArray { Count: 2 } pair || pair.Any(x => x is not PdfString { Bytes.Length: 16 })))
            _problems.Add("trailer /ID is not two 16-byte strings");
        if (Trailer.TryGetValue("Root", out var root) && (Resolve(root) is not PdfDict catalog || catalog.Name("Type") != "Catalog"))
            _problems.Add("trailer /Root is not a /Catalog");
    }

    private void CheckReferences()
    {
        foreach (var value in AllValues())
            if (value is PdfRef r && (!_objects.ContainsKey(r.Number) || r.Generation != 0))
                _problems.Add($"reference {r} points at no object");
    }

    private void CheckStreams()
    {
        foreach (var (number, value) in _objects)
        {
            if (value is not PdfStream stream) continue;
            try
            {
                var decoded = Decode(stream);
                if (stream.Dict.TryGetValue("Length1", out var l1) && Resolve(l1) is double length1 && (int)length1 != decoded.Length)
                    _problems.Add($"object {number}: /Length1 {length1} but the font program has {decoded.Length} bytes");
            }
            catch (Exception e) when (e is InvalidDataException or IOException or PdfSyntaxException)
            {
                _problems.Add($"object {number}: stream does not decode: {e.Message}");
            }
        }
    }

    /// <summary>/Count of every node equals its leaves, every kid's /Parent points back, leaves are /Page with a /MediaBox.</summary>
    private void CheckPageTree()
    {
        if (!Trailer.TryGetValue("Root", out var root) || Resolve(root) is not PdfDict catalog || !catalog.TryGetValue("Pages", out var pagesRef)) return;
        var visited = new HashSet<int>();
        int Walk(object nodeRef, PdfRef? parent)
        {
            if (nodeRef is not PdfRef r) { _problems.Add("page tree node is not an indirect object"); return 0; }
            if (!visited.Add(r.Number)) { _problems.Add($"page tree visits {r} twice"); return 0; }
            if (Resolve(r) is not PdfDict node) { _problems.Add($"page tree node {r} is not a dictionary"); return 0; }
            if (parent is { } p && (!node.TryGetValue("Parent", out var back) || back is not PdfRef b || b != p))
                _problems.Add($"page tree node {r} has no /Parent {p}");
            switch (node.Name("Type"))
            {
                case "Page":
                    if (!node.ContainsKey("MediaBox") && !InheritsMediaBox(node)) _problems.Add($"page {r} has no /MediaBox");
                    if (!node.ContainsKey("Contents")) _problems.Add($"page {r} has no /Contents");
                    return 1;
                case "Pages":
                    var leaves = node.TryGetValue("Kids", out var kids) && Resolve(kids) is PdfArray list ? list.Sum(k => Walk(k, r)) : 0;
                    if (!node.TryGetValue("Count", out var count) || Resolve(count) is not double c || (int)c != leaves)
                        _problems.Add($"page tree node {r} says /Count {(node.TryGetValue("Count", out var cc) ? cc : "none")} but has {leaves} pages");
                    return leaves;
                default:
                    _problems.Add($"page tree node {r} has /Type {node.Name("Type")}");
                    return 0;
            }
        }
        Walk(pagesRef, null);
    }

    private bool InheritsMediaBox(PdfDict node)
    {
        for (var n = node; n.TryGetValue("Parent", out var parent) && Resolve(parent) is PdfDict p; n = p)
            if (p.ContainsKey("MediaBox")) return true;
        return false;
    }
}
