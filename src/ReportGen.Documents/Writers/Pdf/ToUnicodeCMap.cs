using System.Text;

namespace ReportGen.Documents.Writers.Pdf;

/// <summary>The ToUnicode CMap: every CID maps back to exactly the code point it was drawn for.</summary>
internal static class ToUnicodeCMap
{
    public static byte[] Build(SortedDictionary<ushort, int> cidToCodePoint)
    {
        var sb = new StringBuilder(64 * cidToCodePoint.Count + 512);
        sb.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
          .Append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
          .Append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
          .Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        var entries = cidToCodePoint.ToArray();
        for (var i = 0; i < entries.Length; i += 100)
        {
            var n = Math.Min(100, entries.Length - i);
            sb.Append(n).Append(" beginbfchar\n");
            for (var k = i; k < i + n; k++)
            {
                sb.Append('<').Append(entries[k].Key.ToString("X4")).Append("> <");
                foreach (var c in char.ConvertFromUtf32(entries[k].Value)) sb.Append(((int)c).ToString("X4"));
                sb.Append(">\n");
            }
            sb.Append("endbfchar\n");
        }
        sb.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }
}
