using System.Buffers.Binary;

namespace ReportGen.Documents.Fonts;

/// <summary>
/// Reads the Unicode cmap into a dense BMP array plus a dictionary for the rare supplementary
/// planes, so lookups during layout are one array index.
/// </summary>
internal static class CmapReader
{
    public static (ushort[] Bmp, Dictionary<int, ushort> Supplementary) Read(ReadOnlySpan<byte> cmap)
    {
        var bmp = new ushort[0x10000];
        var supp = new Dictionary<int, ushort>();
        var table = cmap[BestSubtable(cmap)..];
        if (BinaryPrimitives.ReadUInt16BigEndian(table) == 12) ReadFormat12(table, bmp, supp);
        else ReadFormat4(table, bmp);
        return (bmp, supp);
    }

    /// <summary>
    /// The offset of the Unicode subtable lookups use: full-repertoire format 12 before BMP format 4,
    /// Windows before Unicode platform.
    /// </summary>
    public static int BestSubtable(ReadOnlySpan<byte> cmap)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(cmap[2..]);
        int best = -1, bestScore = -1;
        for (var i = 0; i < count; i++)
        {
            var rec = cmap[(4 + 8 * i)..];
            var platform = BinaryPrimitives.ReadUInt16BigEndian(rec);
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(rec[2..]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(rec[4..]);
            var format = BinaryPrimitives.ReadUInt16BigEndian(cmap[offset..]);
            var score = (platform, encoding, format) switch
            {
                (3, 10, 12) => 4,
                (0, _, 12) => 3,
                (3, 1, 4) => 2,
                (0, _, 4) => 1,
                _ => -1,
            };
            if (score > bestScore) { best = offset; bestScore = score; }
        }
        if (best < 0) throw new InvalidDataException("font has no Unicode cmap");
        return best;
    }

    /// <summary>
    /// One code point's glyph, read from the subtable in place (binary search over its segments or groups): for a
    /// font asked a few hundred times, such as a subset being embedded, where a dense table would cost more than it saves.
    /// The answers equal <see cref="Read"/>'s.
    /// </summary>
    public static int Lookup(ReadOnlySpan<byte> table, int codePoint)
    {
        if (BinaryPrimitives.ReadUInt16BigEndian(table) == 12) return LookupFormat12(table, codePoint);
        return codePoint is < 0 or >= 0xFFFF ? 0 : LookupFormat4(table, codePoint);
    }

    private static int LookupFormat4(ReadOnlySpan<byte> t, int c)
    {
        var segX2 = BinaryPrimitives.ReadUInt16BigEndian(t[6..]);
        var ends = 14;
        var starts = ends + segX2 + 2;
        var deltas = starts + segX2;
        var rangeOffsets = deltas + segX2;
        if (segX2 < 2) return 0;
        int lo = 0, hi = segX2 / 2 - 1;
        // Segments are sorted by end code: the first whose end is at least c is the only one that can hold it.
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (BinaryPrimitives.ReadUInt16BigEndian(t[(ends + 2 * mid)..]) < c) lo = mid + 1; else hi = mid;
        }
        var s = lo;
        if (BinaryPrimitives.ReadUInt16BigEndian(t[(ends + 2 * s)..]) < c) return 0;
        int start = BinaryPrimitives.ReadUInt16BigEndian(t[(starts + 2 * s)..]);
        if (c < start) return 0;
        var delta = BinaryPrimitives.ReadInt16BigEndian(t[(deltas + 2 * s)..]);
        int ro = BinaryPrimitives.ReadUInt16BigEndian(t[(rangeOffsets + 2 * s)..]);
        if (ro == 0) return (c + delta) & 0xFFFF;
        var at = rangeOffsets + 2 * s + ro + 2 * (c - start);
        if (at + 2 > t.Length) return 0;
        int g = BinaryPrimitives.ReadUInt16BigEndian(t[at..]);
        return g == 0 ? 0 : (g + delta) & 0xFFFF;
    }

    private static int LookupFormat12(ReadOnlySpan<byte> t, int c)
    {
        var groups = (int)BinaryPrimitives.ReadUInt32BigEndian(t[12..]);
        int lo = 0, hi = groups - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var g = t[(16 + 12 * mid)..];
            var start = (int)BinaryPrimitives.ReadUInt32BigEndian(g);
            var end = (int)BinaryPrimitives.ReadUInt32BigEndian(g[4..]);
            if (c < start) hi = mid - 1;
            else if (c > end) lo = mid + 1;
            else return (ushort)((int)BinaryPrimitives.ReadUInt32BigEndian(g[8..]) + c - start);
        }
        return 0;
    }

    private static void ReadFormat4(ReadOnlySpan<byte> t, ushort[] bmp)
    {
        var segX2 = BinaryPrimitives.ReadUInt16BigEndian(t[6..]);
        var ends = 14;
        var starts = ends + segX2 + 2;
        var deltas = starts + segX2;
        var rangeOffsets = deltas + segX2;
        for (var s = 0; s < segX2 / 2; s++)
        {
            int end = BinaryPrimitives.ReadUInt16BigEndian(t[(ends + 2 * s)..]);
            int start = BinaryPrimitives.ReadUInt16BigEndian(t[(starts + 2 * s)..]);
            var delta = BinaryPrimitives.ReadInt16BigEndian(t[(deltas + 2 * s)..]);
            int ro = BinaryPrimitives.ReadUInt16BigEndian(t[(rangeOffsets + 2 * s)..]);
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int g;
                if (ro == 0) g = (c + delta) & 0xFFFF;
                else
                {
                    var at = rangeOffsets + 2 * s + ro + 2 * (c - start);
                    if (at + 2 > t.Length) continue;
                    g = BinaryPrimitives.ReadUInt16BigEndian(t[at..]);
                    if (g != 0) g = (g + delta) & 0xFFFF;
                }
                bmp[c] = (ushort)g;
            }
        }
    }

    private static void ReadFormat12(ReadOnlySpan<byte> t, ushort[] bmp, Dictionary<int, ushort> supp)
    {
        var groups = (int)BinaryPrimitives.ReadUInt32BigEndian(t[12..]);
        for (var i = 0; i < groups; i++)
        {
            var g = t[(16 + 12 * i)..];
            var start = (int)BinaryPrimitives.ReadUInt32BigEndian(g);
            var end = (int)BinaryPrimitives.ReadUInt32BigEndian(g[4..]);
            var gid = (int)BinaryPrimitives.ReadUInt32BigEndian(g[8..]);
            for (var c = start; c <= end && c <= 0x10FFFF; c++)
            {
                var id = (ushort)(gid + c - start);
                if (c < 0x10000) bmp[c] = id; else supp[c] = id;
            }
        }
    }
}
