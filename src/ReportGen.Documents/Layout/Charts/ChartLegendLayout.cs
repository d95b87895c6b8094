namespace ReportGen.Documents.Layout.Charts;

/// <summary>Legend entries (swatch + name) centred in rows along the bottom edge.</summary>
internal static class ChartLegendLayout
{
    private const double Swatch = 8;
    private const double Gap = 4;
    private const double Spacing = 14;
    public const double RowHeight = 18;

    /// <summary>Height the legend takes for these names at this width (0 when there are none).</summary>
    public static double Height(IReadOnlyList<string> names, double width) => Rows(names, width).Count * RowHeight;

    public static void Add(List<ChartItem> items, IReadOnlyList<string> names, double width, double height)
    {
        var rows = Rows(names, width);
        var size = ChartLayout.TextSize;
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var baseline = height - (rows.Count - r - 1) * RowHeight - 5;
            var x = (width - RowWidth(row.Select(i => names[i]))) / 2;
            foreach (var i in row)
            {
                items.Add(new ChartFill(ChartPath.Rectangle(x, baseline - Swatch, Swatch, Swatch), ChartPalette.Fill(i)));
                items.Add(new ChartLabel(x + Swatch + Gap, baseline, names[i], size, ChartAnchor.Start, ChartPalette.Text));
                x += EntryWidth(names[i]) + Spacing;
            }
        }
    }

    private static double EntryWidth(string name) => Swatch + Gap + ChartTextMetrics.Width(name, ChartLayout.TextSize);

    private static double RowWidth(IEnumerable<string> names)
    {
        var list = names.ToList();
        return list.Sum(EntryWidth) + Spacing * Math.Max(0, list.Count - 1);
    }

    private static List<List<int>> Rows(IReadOnlyList<string> names, double width)
    {
        var rows = new List<List<int>>();
        double used = 0;
        for (var i = 0; i < names.Count; i++)
        {
            var w = EntryWidth(names[i]);
            if (rows.Count == 0 || used + Spacing + w > width - 16)
            {
                rows.Add([]);
                used = -Spacing;
            }
            rows[^1].Add(i);
            used += Spacing + w;
        }
        return rows;
    }
}
