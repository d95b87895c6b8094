namespace ReportGen.Documents.Layout.Pages;

/// <summary>
/// GB/T 9704-2012 page: A4, 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm, 22 lines × 28 characters of
/// 3号 type. The grid is derived from the block (see format README §6.1), not from the font.
/// </summary>
public sealed record PageGeometry
{
    public const double PointsPerMm = 72 / 25.4;

    public double PageWidth { get; init; } = 210 * PointsPerMm;
    public double PageHeight { get; init; } = 297 * PointsPerMm;
    public double Left { get; init; } = 28 * PointsPerMm;
    public double Top { get; init; } = 37 * PointsPerMm;
    public double BlockWidth { get; init; } = 156 * PointsPerMm;
    public double BlockHeight { get; init; } = 225 * PointsPerMm;
    public int LinesPerPage { get; init; } = 22;
    public int CharsPerLine { get; init; } = 28;
    public double BodySize { get; init; } = 16;
    public double TitleSize { get; init; } = 22;
    public double PageNumberSize { get; init; } = 14;

    /// <summary>Distance from the block's bottom edge to the top of the page-number dashes (§7.5: 7 mm).</summary>
    public double PageNumberGap { get; init; } = 7 * PointsPerMm;

    /// <summary>Where glyph tops sit above the baseline, in em: the ideographic em box top (0.88 em).</summary>
    public double AscentEm { get; init; } = 0.88;

    public double LinePitch => BlockHeight / LinesPerPage;
    public double CharPitch => BlockWidth / CharsPerLine;
    public double Right => Left + BlockWidth;
    public double Bottom => Top + BlockHeight;

    public static PageGeometry GbT9704 { get; } = new();
}
