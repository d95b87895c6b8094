using System.IO.Compression;

namespace ReportGen.Documents.Writers.Pdf;

/// <summary>
/// The sRGB ICC profile of the PDF/A output intent (sRGB.icc from Debian's icc-profiles-free, zlib
/// licence; see Resources), compressed once per process.
/// </summary>
internal static class SrgbProfile
{
    private static readonly Lazy<(byte[] Compressed, int Length)> Data = new(() =>
    {
        using var s = typeof(SrgbProfile).Assembly.GetManifestResourceStream("ReportGen.Documents.sRGB.icc")
            ?? throw new InvalidOperationException("embedded sRGB profile missing");
        using var ms = new MemoryStream();
        s.CopyTo(ms);
        var raw = ms.ToArray();
        return (PdfDeflate.Compress(raw, CompressionLevel.Optimal), raw.Length);
    });

    public static byte[] Compressed => Data.Value.Compressed;
}
