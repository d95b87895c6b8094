using System.Buffers.Binary;

namespace ReportGen.Documents.Layout.Pages;

/// <summary>
/// Reads what the PDF writer needs to pass a PNG through without decoding it: an 8-bit,
/// non-interlaced greyscale or RGB PNG's IDAT data is a zlib stream PDF reads with the PNG
/// predictors. Images with alpha or palettes are not passed through (callers fall back).
/// </summary>
public readonly record struct PngInfo(int Width, int Height, int Components)
{
    public static bool TryRead(ReadOnlySpan<byte> data, out PngInfo info)
    {
        info = default;
        ReadOnlySpan<byte> signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
        if (data.Length < 33 || !data[..8].SequenceEqual(signature)) return false;
        if (BinaryPrimitives.ReadUInt32BigEndian(data[12..]) != 0x49484452) return false; // IHDR
        var width = (int)BinaryPrimitives.ReadUInt32BigEndian(data[16..]);
        var height = (int)BinaryPrimitives.ReadUInt32BigEndian(data[20..]);
        var bitDepth = data[24];
        var colourType = data[25];
        var interlace = data[28];
        if (bitDepth != 8 || interlace != 0 || colourType is not (0 or 2)) return false;
        info = new PngInfo(width, height, colourType == 0 ? 1 : 3);
        return true;
    }

    /// <summary>The concatenated IDAT chunks: the zlib stream of filtered scanlines.</summary>
    public static byte[] ImageData(ReadOnlySpan<byte> data)
    {
        using var ms = new MemoryStream(data.Length);
        var i = 8;
        while (i + 12 <= data.Length)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(data[i..]);
            var type = BinaryPrimitives.ReadUInt32BigEndian(data[(i + 4)..]);
            if (type == 0x49444154) ms.Write(data.Slice(i + 8, length)); // IDAT
            if (type == 0x49454E44) break; // IEND
            i += 12 + length;
        }
        return ms.ToArray();
    }
}
