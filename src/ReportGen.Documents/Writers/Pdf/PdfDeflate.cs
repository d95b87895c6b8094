using System.IO.Compression;

namespace ReportGen.Documents.Writers.Pdf;

/// <summary>FlateDecode (zlib) compression of stream data.</summary>
internal static class PdfDeflate
{
    /// <summary>
    /// One output buffer per thread, reused: a font program's compressed bytes outgrow the large-object threshold, and a
    /// fresh buffer for each was large-object churn, which is what triggers full (gen-2) collections in a batch.
    /// </summary>
    [ThreadStatic] private static MemoryStream? _scratch;

    public static byte[] Compress(ReadOnlySpan<byte> data, CompressionLevel level)
    {
        var ms = Scratch();
        using (var z = new ZLibStream(ms, level, leaveOpen: true)) z.Write(data);
        return ms.ToArray();
    }

    /// <summary>zlib with an explicit level 0–9, for data compressed once and cached (font programs).</summary>
    public static byte[] Compress(ReadOnlySpan<byte> data, int level)
    {
        var ms = Scratch();
        using (var z = new ZLibStream(ms, new ZLibCompressionOptions { CompressionLevel = level }, leaveOpen: true)) z.Write(data);
        return ms.ToArray();
    }

    private static MemoryStream Scratch()
    {
        var ms = _scratch ??= new MemoryStream(256 * 1024);
        ms.SetLength(0);
        return ms;
    }
}
