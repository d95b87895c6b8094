using System.Buffers.Binary;

namespace ReportGen.Documents.Fonts;

/// <summary>The table directory of one face of a .ttf/.otf or .ttc, as offsets into the file bytes.</summary>
internal sealed class SfntDirectory
{
    private readonly Dictionary<uint, (int Offset, int Length)> _tables = new();

    public uint SfntVersion { get; }

    private SfntDirectory(uint version) => SfntVersion = version;

    public bool IsCff => SfntVersion == 0x4F54544F; // 'OTTO'

    public static int FaceCount(ReadOnlySpan<byte> data)
        => data.Length >= 12 && BinaryPrimitives.ReadUInt32BigEndian(data) == 0x74746366
            ? (int)BinaryPrimitives.ReadUInt32BigEndian(data[8..])
            : 1;

    /// <summary>The face's offset table and table records (tag, checksum, offset, length of every table).</summary>
    public static ReadOnlySpan<byte> Records(ReadOnlySpan<byte> data, int faceIndex)
    {
        var offset = FaceOffset(data, faceIndex);
        return data.Slice(offset, 12 + 16 * BinaryPrimitives.ReadUInt16BigEndian(data[(offset + 4)..]));
    }

    private static int FaceOffset(ReadOnlySpan<byte> data, int faceIndex)
    {
        var offset = 0;
        if (BinaryPrimitives.ReadUInt32BigEndian(data) == 0x74746366) // 'ttcf'
        {
            var count = (int)BinaryPrimitives.ReadUInt32BigEndian(data[8..]);
            if (faceIndex < 0 || faceIndex >= count) throw new InvalidDataException($"TTC face {faceIndex} out of range");
            offset = (int)BinaryPrimitives.ReadUInt32BigEndian(data[(12 + 4 * faceIndex)..]);
        }
        return offset;
    }

    public static SfntDirectory Read(ReadOnlySpan<byte> data, int faceIndex)
    {
        var offset = FaceOffset(data, faceIndex);
        var dir = new SfntDirectory(BinaryPrimitives.ReadUInt32BigEndian(data[offset..]));
        var numTables = BinaryPrimitives.ReadUInt16BigEndian(data[(offset + 4)..]);
        for (var i = 0; i < numTables; i++)
        {
            var rec = data[(offset + 12 + 16 * i)..];
            var tag = BinaryPrimitives.ReadUInt32BigEndian(rec);
            dir._tables[tag] = ((int)BinaryPrimitives.ReadUInt32BigEndian(rec[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(rec[12..]));
        }
        return dir;
    }

    public static uint Tag(string s) => (uint)(s[0] << 24 | s[1] << 16 | s[2] << 8 | s[3]);

    public bool TryGet(string tag, out int offset, out int length)
    {
        if (_tables.TryGetValue(Tag(tag), out var t))
        {
            (offset, length) = t;
            return true;
        }
        offset = length = 0;
        return false;
    }

    public ReadOnlySpan<byte> Table(ReadOnlySpan<byte> data, string tag)
        => TryGet(tag, out var o, out var l) ? data.Slice(o, l) : throw new InvalidDataException($"font has no '{tag}' table");
}
