using System.IO.Compression;

namespace ReportGen.Documents.Writers.Pdf;

/// <summary>FlateDecode (zlib) compression of stream data.</summary>
internal static class PdfDeflate
{
    public static byte[] Compress(ReadOnlySpan<byte> data, CompressionLevel level)
    {
        using var ms = new MemoryStream(data.Length / 2 + 64);
        using (var z = new ZLibStream(ms, level, leaveOpen: true)) z.Write(data);
        return ms.ToArray();
    }

    /// <summary>zlib with an explicit level 0–9, for data compressed once and cached (font programs).</summary>
    public static byte[] Compress(ReadOnlySpan<byte> data, int level)
    {
        using var ms = new MemoryStream(data.Length / 2 + 64);
        using (var z = new ZLibStream(ms, new ZLibCompressionOptions { CompressionLevel = level }, leaveOpen: true)) z.Write(data);
        return ms.ToArray();
    }
}
