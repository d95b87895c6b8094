namespace ReportGen.Documents.Layout.Charts;

/// <summary>
/// Fills for series (bars, lines) and slices (pie, donut), shared by every writer so a chart looks the
/// same in Word, HTML and PDF. Reports are mostly printed in black and white: neighbouring entries
/// alternate dark and light so that they still differ once reduced to grey
/// (luma ≈ 54, 140, 188, 64, 103, 208).
/// </summary>
internal static class ChartPalette
{
    private static readonly string[] Fills = ["1F3864", "8C8C8C", "9DC3E6", "404040", "2E75B6", "D0D0D0"];

    /// <summary>RRGGBB without '#', cycling when there are more entries than colours.</summary>
    public static string Fill(int index) => Fills[index % Fills.Length];

    /// <summary>Whether text drawn on <see cref="Fill"/> must be white to stay readable.</summary>
    public static bool IsDark(int index)
    {
        var hex = Fill(index);
        int r = Convert.ToInt32(hex[..2], 16), g = Convert.ToInt32(hex[2..4], 16), b = Convert.ToInt32(hex[4..], 16);
        return 0.299 * r + 0.587 * g + 0.114 * b < 128;
    }

    /// <summary>Axis lines and gridlines: grey enough not to compete with the data.</summary>
    public const string Axis = "595959";
    public const string Grid = "D9D9D9";
    public const string Text = "000000";
}
