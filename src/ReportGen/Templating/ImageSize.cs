using System.Buffers.Binary;

namespace ReportGen.Templating;

/// <summary>Pixel size of a PNG (IHDR) or JPEG (SOFn) from its header; writers need the aspect ratio, not a decoder.</summary>
public static class ImageSize
{
    public static (int Width, int Height) Read(ReadOnlySpan<byte> data)
    {
        if (data.Length > 24 && data[..8].SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
            return (BinaryPrimitives.ReadInt32BigEndian(data[16..]), BinaryPrimitives.ReadInt32BigEndian(data[20..]));
        if (data.Length > 4 && data[0] == 0xFF && data[1] == 0xD8)
        {
            var i = 2;
            while (i + 9 < data.Length)
            {
                if (data[i] != 0xFF) { i++; continue; }
                var marker = data[i + 1];
                var length = BinaryPrimitives.ReadUInt16BigEndian(data[(i + 2)..]);
                if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
                    return (BinaryPrimitives.ReadUInt16BigEndian(data[(i + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(data[(i + 5)..]));
                i += 2 + length;
            }
        }
        // Unknown or SVG: a 4:3 box the writers can fill.
        return (640, 480);
    }
}
