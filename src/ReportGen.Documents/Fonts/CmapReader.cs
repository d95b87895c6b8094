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
        var table = cmap[best..];
        if (BinaryPrimitives.ReadUInt16BigEndian(table) == 12) ReadFormat12(table, bmp, supp);
        else ReadFormat4(table, bmp);
        return (bmp, supp);
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
