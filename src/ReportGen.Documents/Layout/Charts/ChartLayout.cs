using ReportGen.Documents.Document;

namespace ReportGen.Documents.Layout.Charts;

/// <summary>
/// Lays a chart out once for the drawn writers (SVG, PDF), at the size Word gets it: the 156 mm text
/// block wide, 80 mm tall for axis charts and 75 mm for pies. Word lays out its native chart itself.
/// </summary>
internal static class ChartLayout
{
    public const double Width = 442.2;
    public const double AxisHeight = 226.8;
    public const double PieHeight = 212.6;

    /// <summary>11 pt, as in the Word chart.</summary>
    public const double TextSize = 11;

    public static ChartDrawing Lay(ChartFigure chart, string caption) =>
        ChartData.IsPie(chart.Kind)
            ? ChartPieLayout.Lay(chart, Width, PieHeight)
            : ChartAxisLayout.Lay(chart, caption, Width, AxisHeight);

    /// <summary>Same rule as the Word chart: see <c>DocxChartXml.ShowsLegend</c>.</summary>
    public static bool ShowsLegend(ChartFigure chart, string caption) =>
        ChartData.IsPie(chart.Kind)
            ? ChartData.Categories(chart).Length > 0
            : ChartData.Series(chart).Length > 1 || ChartData.Series(chart).Any(s => s.Name != caption);
}
