namespace ReportGen.Documents.Writers.Ofd;

/// <summary>
/// OFD measures in millimetres from the top-left corner, y downwards: the frames' orientation, so only
/// the unit changes. Positions are rounded to 1/1000 mm (0.003 pt, far below a device pixel).
/// </summary>
internal static class OfdUnits
{
    public const double MmPerPoint = 25.4 / 72;

    /// <summary>Points to whole thousandths of a millimetre: glyph deltas are differences of these, so they never drift.</summary>
    public static long Micro(double points) => (long)Math.Round(points * MmPerPoint * 1000, MidpointRounding.AwayFromZero);

    public static string Mm(double points) => Format(Micro(points));

    /// <summary>Thousandths of a millimetre as a decimal without trailing zeros ("12.5", "-0.003", "7").</summary>
    public static string Format(long micro)
    {
        Span<char> buffer = stackalloc char[24];
        var negative = micro < 0;
        var value = negative ? -micro : micro;
        var frac = (int)(value % 1000);
        var pos = buffer.Length;
        if (frac != 0)
        {
            var digits = 3;
            while (frac % 10 == 0) { frac /= 10; digits--; }
            for (var i = 0; i < digits; i++) { buffer[--pos] = (char)('0' + frac % 10); frac /= 10; }
            buffer[--pos] = '.';
        }
        var whole = value / 1000;
        do { buffer[--pos] = (char)('0' + whole % 10); whole /= 10; } while (whole > 0);
        if (negative) buffer[--pos] = '-';
        return new string(buffer[pos..]);
    }

    /// <summary>"x y w h" in millimetres, as ST_Box.</summary>
    public static string Box(double x, double y, double width, double height) => $"{Mm(x)} {Mm(y)} {Mm(width)} {Mm(height)}";

    /// <summary>An sRGB colour as the three 0–255 components OFD's RGB colour space takes.</summary>
    public static string Rgb(int rgb) => $"{rgb >> 16 & 0xFF} {rgb >> 8 & 0xFF} {rgb & 0xFF}";
}
