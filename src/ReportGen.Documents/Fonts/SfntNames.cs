using System.Buffers.Binary;
using System.Text;

namespace ReportGen.Documents.Fonts;

/// <summary>Family and full names from the 'name' table, in every language the font lists.</summary>
internal static class SfntNames
{
    public static List<string> FamilyNames(ReadOnlySpan<byte> name)
    {
        var result = new List<string>();
        var count = BinaryPrimitives.ReadUInt16BigEndian(name[2..]);
        var strings = BinaryPrimitives.ReadUInt16BigEndian(name[4..]);
        for (var i = 0; i < count; i++)
        {
            var rec = name[(6 + 12 * i)..];
            var platform = BinaryPrimitives.ReadUInt16BigEndian(rec);
            var nameId = BinaryPrimitives.ReadUInt16BigEndian(rec[6..]);
            if (nameId is not (1 or 4 or 6 or 16)) continue;
            var length = BinaryPrimitives.ReadUInt16BigEndian(rec[8..]);
            var offset = BinaryPrimitives.ReadUInt16BigEndian(rec[10..]);
            if (strings + offset + length > name.Length) continue;
            var bytes = name.Slice(strings + offset, length);
            var s = platform is 0 or 3 ? Encoding.BigEndianUnicode.GetString(bytes) : Encoding.Latin1.GetString(bytes);
            if (s.Length > 0 && !result.Contains(s)) result.Add(s);
        }
        return result;
    }

    public static string PostScriptName(ReadOnlySpan<byte> name)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(name[2..]);
        var strings = BinaryPrimitives.ReadUInt16BigEndian(name[4..]);
        for (var i = 0; i < count; i++)
        {
            var rec = name[(6 + 12 * i)..];
            if (BinaryPrimitives.ReadUInt16BigEndian(rec[6..]) != 6) continue;
            var platform = BinaryPrimitives.ReadUInt16BigEndian(rec);
            var length = BinaryPrimitives.ReadUInt16BigEndian(rec[8..]);
            var offset = BinaryPrimitives.ReadUInt16BigEndian(rec[10..]);
            var bytes = name.Slice(strings + offset, length);
            var s = platform is 0 or 3 ? Encoding.BigEndianUnicode.GetString(bytes) : Encoding.Latin1.GetString(bytes);
            var sb = new StringBuilder();
            foreach (var c in s)
                if (c is > ' ' and < (char)127 and not ('[' or ']' or '(' or ')' or '{' or '}' or '<' or '>' or '/' or '%')) sb.Append(c);
            if (sb.Length > 0) return sb.ToString();
        }
        return "Font";
    }

    /// <summary>Is this face the family's regular style (subfamily Regular/Normal/Book/常规)?</summary>
    public static bool IsRegular(ReadOnlySpan<byte> name)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(name[2..]);
        var strings = BinaryPrimitives.ReadUInt16BigEndian(name[4..]);
        var sawSubfamily = false;
        for (var i = 0; i < count; i++)
        {
            var rec = name[(6 + 12 * i)..];
            if (BinaryPrimitives.ReadUInt16BigEndian(rec[6..]) is not (2 or 17)) continue;
            sawSubfamily = true;
            var platform = BinaryPrimitives.ReadUInt16BigEndian(rec);
            var length = BinaryPrimitives.ReadUInt16BigEndian(rec[8..]);
            var offset = BinaryPrimitives.ReadUInt16BigEndian(rec[10..]);
            if (strings + offset + length > name.Length) continue;
            var bytes = name.Slice(strings + offset, length);
            var s = platform is 0 or 3 ? Encoding.BigEndianUnicode.GetString(bytes) : Encoding.Latin1.GetString(bytes);
            if (s is "Regular" or "Normal" or "Book" or "Roman" or "常规" or "標準" or "标准") return true;
        }
        return !sawSubfamily;
    }
}
