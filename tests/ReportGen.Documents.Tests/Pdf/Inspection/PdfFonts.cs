using System.Buffers.Binary;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportGen.Documents.Tests.Pdf.Inspection;

/// <summary>
/// What <c>pdffonts</c> reports, read from the font dictionaries themselves: every font a page uses, its type,
/// whether its program is embedded, whether it is a subset (tagged name and a small glyph count in the
/// program), and whether it has a ToUnicode map.
/// </summary>
public static partial class PdfFonts
{
    /// <param name="Ascent">The descriptor's /Ascent in em (where extractors put the top of a glyph's box; /Descent the bottom).</param>
    public sealed record Font(string Name, string Type, bool Embedded, bool SubsetTag, int GlyphCount, bool CidKeyed, bool HasToUnicode, int ToUnicodeEntries,
        double Ascent = 0, double Descent = 0);

    public static IReadOnlyList<Font> Describe(PdfFile pdf)
    {
        var fonts = new Dictionary<PdfRef, Font>();
        foreach (var (_, page) in pdf.Pages)
        {
            var resources = pdf.Dict(page["Resources"]);
            if (!resources.TryGetValue("Font", out var fontDict)) continue;
            foreach (var value in pdf.Dict(fontDict).Values)
                if (value is PdfRef r && !fonts.ContainsKey(r)) fonts[r] = Read(pdf, pdf.Dict(r));
        }
        return fonts.Values.ToList();
    }

    /// <summary>Every font dictionary anywhere in the file (pages, XObjects, annotations) whose /Subtype is /Type3.</summary>
    public static int Type3Count(PdfFile pdf) => pdf.AllValues().OfType<PdfDict>().Count(d => d.Name("Type") == "Font" && d.Name("Subtype") == "Type3");

    private static Font Read(PdfFile pdf, PdfDict font)
    {
        var name = font.Name("BaseFont") ?? "";
        var subtype = font.Name("Subtype");
        if (subtype != "Type0") return new Font(name, subtype ?? "?", false, false, 0, false, font.ContainsKey("ToUnicode"), 0);
        if (font.Name("Encoding") != "Identity-H") throw new InvalidDataException($"{name}: /Encoding {font.Name("Encoding")} (the writer uses Identity-H)");
        var descendant = pdf.Dict(((PdfArray)pdf.Resolve(font["DescendantFonts"])).Single());
        var descriptor = pdf.Dict(descendant["FontDescriptor"]);
        if (descriptor.Name("FontName") != name.Split("-Identity-H")[0] && descriptor.Name("FontName") != name)
            throw new InvalidDataException($"{name}: descriptor /FontName {descriptor.Name("FontName")}");
        var entries = 0;
        if (font.TryGetValue("ToUnicode", out var toUnicode)) entries = ToUnicodeEntries(pdf.Decode((PdfStream)pdf.Resolve(toUnicode)));
        var hasUnicode = font.ContainsKey("ToUnicode");
        var tagged = SubsetTag().IsMatch(name);
        var ascent = descriptor.TryGetValue("Ascent", out var a) && pdf.Resolve(a) is double em ? em / 1000 : 0;
        var descent = descriptor.TryGetValue("Descent", out var d) && pdf.Resolve(d) is double dem ? dem / 1000 : 0;
        switch (descendant.Name("Subtype"))
        {
            case "CIDFontType2":
                if (!descriptor.TryGetValue("FontFile2", out var ff2)) return new Font(name, "CID TrueType", false, tagged, 0, false, hasUnicode, entries, ascent, descent);
                return new Font(name, "CID TrueType", true, tagged, TrueTypeGlyphCount(pdf.Decode((PdfStream)pdf.Resolve(ff2))), false, hasUnicode, entries, ascent, descent);
            case "CIDFontType0":
                if (!descriptor.TryGetValue("FontFile3", out var ff3)) return new Font(name, "CID Type 0", false, tagged, 0, false, hasUnicode, entries, ascent, descent);
                var program = (PdfStream)pdf.Resolve(ff3);
                var kind = program.Dict.Name("Subtype");
                if (kind != "CIDFontType0C") throw new InvalidDataException($"{name}: /FontFile3 /Subtype {kind}");
                var (glyphs, cid) = Cff(pdf.Decode(program));
                return new Font(name, "CID Type 0C", true, tagged, glyphs, cid, hasUnicode, entries, ascent, descent);
            default:
                throw new InvalidDataException($"{name}: descendant /Subtype {descendant.Name("Subtype")}");
        }
    }

    [GeneratedRegex("^[A-Z]{6}\\+")]
    private static partial Regex SubsetTag();

    /// <summary>The sfnt table directory must hold the tables a CIDFontType2 program needs, each inside the data.</summary>
    private static int TrueTypeGlyphCount(byte[] font)
    {
        var s = font.AsSpan();
        var version = BinaryPrimitives.ReadUInt32BigEndian(s);
        if (version is not (0x00010000 or 0x74727565)) throw new InvalidDataException($"TrueType program starts with 0x{version:X8}");
        var tables = new Dictionary<string, (int Offset, int Length)>();
        int count = BinaryPrimitives.ReadUInt16BigEndian(s[4..]);
        for (var i = 0; i < count; i++)
        {
            var record = s.Slice(12 + 16 * i, 16);
            var tag = Encoding.ASCII.GetString(record[..4]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            if (offset + length > font.Length) throw new InvalidDataException($"table {tag} runs past the font program");
            tables[tag] = (offset, length);
        }
        foreach (var required in new[] { "head", "hhea", "hmtx", "maxp", "loca", "glyf" })
            if (!tables.ContainsKey(required)) throw new InvalidDataException($"TrueType program has no {required} table");
        return BinaryPrimitives.ReadUInt16BigEndian(s[(tables["maxp"].Offset + 4)..]);
    }

    /// <summary>CFF (Adobe TN 5176): header, Name INDEX, Top DICT INDEX; glyph count from the CharStrings INDEX, CID-keyed when the Top DICT has ROS.</summary>
    private static (int Glyphs, bool CidKeyed) Cff(byte[] cff)
    {
        if (cff.Length < 4 || cff[0] != 1) throw new InvalidDataException($"CFF program has major version {(cff.Length > 0 ? cff[0] : -1)}");
        int pos = cff[2];
        ReadIndex(cff, ref pos); // Name INDEX
        var topDicts = ReadIndex(cff, ref pos);
        if (topDicts.Count != 1) throw new InvalidDataException($"CFF program has {topDicts.Count} top DICTs");
        var (cid, charStrings) = TopDict(topDicts[0]);
        if (charStrings is not { } at) throw new InvalidDataException("CFF top DICT has no CharStrings");
        var p = at;
        return (ReadIndex(cff, ref p).Count, cid);
    }

    private static List<byte[]> ReadIndex(byte[] data, ref int pos)
    {
        int count = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(pos));
        pos += 2;
        var items = new List<byte[]>();
        if (count == 0) return items;
        var offSize = data[pos++];
        var offsets = pos;
        int Offset(int i)
        {
            var v = 0;
            for (var k = 0; k < offSize; k++) v = (v << 8) | data[offsets + i * offSize + k];
            return v;
        }
        var dataStart = offsets + (count + 1) * offSize - 1;
        for (var i = 0; i < count; i++)
        {
            int start = Offset(i), end = Offset(i + 1);
            if (end < start || dataStart + end > data.Length) throw new InvalidDataException("CFF INDEX offsets out of order or past the data");
            items.Add(data.AsSpan(dataStart + start, end - start).ToArray());
        }
        pos = dataStart + Offset(count);
        return items;
    }

    private static (bool Cid, int? CharStrings) TopDict(byte[] dict)
    {
        var operands = new List<int>();
        bool cid = false;
        int? charStrings = null;
        for (var i = 0; i < dict.Length;)
        {
            int b0 = dict[i];
            if (b0 <= 21)
            {
                var op = b0 == 12 ? 1200 + dict[i + 1] : b0;
                i += b0 == 12 ? 2 : 1;
                if (op == 1230) cid = true; // ROS
                if (op == 17) charStrings = operands[^1];
                operands.Clear();
            }
            else if (b0 == 28) { operands.Add((short)((dict[i + 1] << 8) | dict[i + 2])); i += 3; }
            else if (b0 == 29) { operands.Add(BinaryPrimitives.ReadInt32BigEndian(dict.AsSpan(i + 1))); i += 5; }
            else if (b0 == 30) { i++; while ((dict[i] & 0x0F) != 0x0F && (dict[i] & 0xF0) != 0xF0) i++; i++; operands.Add(0); }
            else if (b0 <= 246) { operands.Add(b0 - 139); i++; }
            else if (b0 <= 250) { operands.Add((b0 - 247) * 256 + dict[i + 1] + 108); i += 2; }
            else if (b0 <= 254) { operands.Add(-(b0 - 251) * 256 - dict[i + 1] - 108); i += 2; }
            else throw new InvalidDataException($"CFF DICT byte {b0}");
        }
        return (cid, charStrings);
    }

    /// <summary>The mappings of a ToUnicode CMap (bfchar pairs and bfrange spans); fails when it is not a CMap.</summary>
    private static int ToUnicodeEntries(byte[] cmap)
    {
        var text = Encoding.Latin1.GetString(cmap);
        if (!text.Contains("begincmap") || !text.Contains("endcmap") || !text.Contains("begincodespacerange"))
            throw new InvalidDataException("ToUnicode is not a CMap");
        var entries = 0;
        foreach (Match m in BfChar().Matches(text)) entries += int.Parse(m.Groups[1].Value);
        foreach (Match m in BfRange().Matches(text)) entries += int.Parse(m.Groups[1].Value);
        return entries;
    }

    [GeneratedRegex(@"(\d+)\s+beginbfchar")]
    private static partial Regex BfChar();

    [GeneratedRegex(@"(\d+)\s+beginbfrange")]
    private static partial Regex BfRange();
}
