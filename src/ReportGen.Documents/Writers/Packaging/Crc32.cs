namespace ReportGen.Documents.Writers.Packaging;

/// <summary>
/// The ZIP (IEEE 802.3) CRC-32. System.IO.Hashing's is vectorised: a table walk a byte at a time cost
/// as much per report as writing the whole main part.
/// </summary>
internal static class Crc32
{
    public static uint Compute(ReadOnlySpan<byte> data) => System.IO.Hashing.Crc32.HashToUInt32(data);
}
