using System.Globalization;

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
        var negative = micro < 0;
        if (negative) micro = -micro;
        var whole = (micro / 1000).ToString(CultureInfo.InvariantCulture);
        var frac = (int)(micro % 1000);
        var s = frac == 0 ? whole : whole + "." + frac.ToString("000", CultureInfo.InvariantCulture).TrimEnd('0');
        return negative && micro != 0 ? "-" + s : s;
    }

    /// <summary>"x y w h" in millimetres, as ST_Box.</summary>
    public static string Box(double x, double y, double width, double height) => $"{Mm(x)} {Mm(y)} {Mm(width)} {Mm(height)}";

    /// <summary>An sRGB colour as the three 0–255 components OFD's RGB colour space takes.</summary>
    public static string Rgb(int rgb) => $"{rgb >> 16 & 0xFF} {rgb >> 8 & 0xFF} {rgb & 0xFF}";
}
