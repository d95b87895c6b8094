using System.Collections.Immutable;
using System.Globalization;
using ReportGen.Documents.Document;

namespace ReportGen.Documents.Layout.Charts;

/// <summary>Helpers every chart writer needs: defaults for empty arrays, value formatting, totals.</summary>
internal static class ChartData
{
    public static ImmutableArray<string> Categories(ChartFigure chart) =>
        chart.Categories.IsDefault ? [] : chart.Categories;

    public static ImmutableArray<ChartSeries> Series(ChartFigure chart) =>
        chart.Series.IsDefault ? [] : chart.Series;

    /// <summary>Value of series <paramref name="s"/> at category <paramref name="i"/>; NaN when missing.</summary>
    public static double Value(ChartSeries s, int i) =>
        !s.Values.IsDefault && i < s.Values.Length ? s.Values[i] : double.NaN;

    public static bool IsPie(ChartKind kind) => kind is ChartKind.Pie or ChartKind.Donut;

    /// <summary>Plain digits as in the statutory tables: no thousands separators, at most two decimals.</summary>
    public static string Format(double value) =>
        Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Percentage of a slice, rounded to a whole percent as the narrative writes them.</summary>
    public static string Percent(double value, double total) =>
        total > 0 ? Math.Round(100 * value / total, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + "%" : "";

    /// <summary>"单位：条", or empty when the categories carry mixed units themselves.</summary>
    public static string UnitLabel(ChartFigure chart) =>
        string.IsNullOrWhiteSpace(chart.Unit) ? "" : "单位：" + chart.Unit;
}
