namespace ReportGen.Documents.Layout.Pages;

/// <summary>Pixel size and components from a JPEG's SOF marker, so the data can be embedded as-is (DCTDecode).</summary>
public readonly record struct JpegInfo(int Width, int Height, int Components)
{
    public static bool TryRead(ReadOnlySpan<byte> data, out JpegInfo info)
    {
        info = default;
        if (data.Length < 4 || data[0] != 0xFF || data[1] != 0xD8) return false;
        var i = 2;
        while (i + 9 < data.Length)
        {
            if (data[i] != 0xFF) return false;
            var marker = data[i + 1];
            var length = data[i + 2] << 8 | data[i + 3];
            if (marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC))
            {
                info = new JpegInfo(data[i + 7] << 8 | data[i + 8], data[i + 5] << 8 | data[i + 6], data[i + 9]);
                return info.Components is 1 or 3;
            }
            i += 2 + length;
        }
        return false;
    }
}
