using System.Buffers.Binary;

namespace ReportGen.Documents.Fonts;

/// <summary>
/// Just enough of a CFF table to embed it: whether it is CID-keyed and, if so, the CID of each glyph
/// (the charset), because a PDF CIDFontType0C font selects glyphs by CID, not by glyph id.
/// </summary>
internal static class CffCharset
{
    /// <returns>CID per glyph id for a CID-keyed font; null for a name-keyed font (CID = glyph id).</returns>
    public static int[]? GlyphCids(ReadOnlySpan<byte> cff)
    {
        int offset = cff[2]; // header size
        offset = SkipIndex(cff, offset); // Name INDEX
        var (topStart, topEnd) = FirstEntry(cff, offset); // Top DICT INDEX
        var top = cff[topStart..topEnd];
        int charsetOffset = 0, charStringsOffset = 0;
        var isCid = false;
        var operands = new List<int>();
        for (var i = 0; i < top.Length;)
        {
            int b0 = top[i];
            if (b0 <= 21)
            {
                var op = b0 == 12 ? 1200 + top[i + 1] : b0;
                i += b0 == 12 ? 2 : 1;
                if (op == 1230) isCid = true; // ROS
                if (op == 15 && operands.Count > 0) charsetOffset = operands[^1];
                if (op == 17 && operands.Count > 0) charStringsOffset = operands[^1];
                operands.Clear();
                continue;
            }
            i = ReadOperand(top, i, operands);
        }
        if (!isCid) return null;
        var glyphs = BinaryPrimitives.ReadUInt16BigEndian(cff[charStringsOffset..]);
        var cids = new int[glyphs];
        var p = charsetOffset;
        var format = cff[p++];
        var gid = 1;
        switch (format)
        {
            case 0:
                for (; gid < glyphs; gid++, p += 2) cids[gid] = BinaryPrimitives.ReadUInt16BigEndian(cff[p..]);
                break;
            case 1:
            case 2:
                while (gid < glyphs)
                {
                    var first = BinaryPrimitives.ReadUInt16BigEndian(cff[p..]);
                    var left = format == 1 ? cff[p + 2] : BinaryPrimitives.ReadUInt16BigEndian(cff[(p + 2)..]);
                    p += format == 1 ? 3 : 4;
                    for (var k = 0; k <= left && gid < glyphs; k++) cids[gid++] = first + k;
                }
                break;
            default:
                throw new InvalidDataException($"CFF charset format {format}");
        }
        return cids;
    }

    private static int ReadOperand(ReadOnlySpan<byte> d, int i, List<int> operands)
    {
        int b0 = d[i];
        switch (b0)
        {
            case 28: operands.Add(BinaryPrimitives.ReadInt16BigEndian(d[(i + 1)..])); return i + 3;
            case 29: operands.Add(BinaryPrimitives.ReadInt32BigEndian(d[(i + 1)..])); return i + 5;
            case 30:
                i++;
                while (i < d.Length && (d[i] & 0x0F) != 0x0F && (d[i] & 0xF0) != 0xF0) i++;
                operands.Add(0);
                return i + 1;
            case >= 32 and <= 246: operands.Add(b0 - 139); return i + 1;
            case >= 247 and <= 250: operands.Add((b0 - 247) * 256 + d[i + 1] + 108); return i + 2;
            case >= 251 and <= 254: operands.Add(-(b0 - 251) * 256 - d[i + 1] - 108); return i + 2;
            default: return i + 1;
        }
    }

    private static int OffsetAt(ReadOnlySpan<byte> d, int at, int size)
    {
        var v = 0;
        for (var k = 0; k < size; k++) v = v << 8 | d[at + k];
        return v;
    }

    private static int SkipIndex(ReadOnlySpan<byte> d, int offset)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(d[offset..]);
        if (count == 0) return offset + 2;
        var offSize = d[offset + 2];
        var last = OffsetAt(d, offset + 3 + count * offSize, offSize);
        return offset + 3 + (count + 1) * offSize + last - 1;
    }

    private static (int Start, int End) FirstEntry(ReadOnlySpan<byte> d, int offset)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(d[offset..]);
        var offSize = d[offset + 2];
        var dataStart = offset + 3 + (count + 1) * offSize - 1;
        return (dataStart + OffsetAt(d, offset + 3, offSize), dataStart + OffsetAt(d, offset + 3 + offSize, offSize));
    }
}
