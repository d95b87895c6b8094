using ReportGen.Documents.Document;

namespace ReportGen.Documents.Layout.Charts;

/// <summary>Column (clustered or stacked) and line charts: value axis on the left, categories below.</summary>
internal static class ChartAxisLayout
{
    private const double Top = 28;
    private const double Right = 8;
    private const double LineHeight = 13;

    public static ChartDrawing Lay(ChartFigure chart, string caption, double width, double height)
    {
        var categories = ChartData.Categories(chart);
        var series = ChartData.Series(chart);
        var size = ChartLayout.TextSize;
        var items = new List<ChartItem>();
        var stacked = chart.Kind == ChartKind.StackedBar;

        var names = ChartLayout.ShowsLegend(chart, caption) ? series.Select(s => s.Name).ToList() : [];
        var legendHeight = ChartLegendLayout.Height(names, width);
        var scale = Scale(chart, stacked);
        var tickLabels = scale.Ticks().Select(t => (Value: t, Text: ChartData.Format(t))).ToList();
        var left = 6 + tickLabels.Max(t => ChartTextMetrics.Width(t.Text, size)) + 6;
        var slot = (width - Right - left) / Math.Max(1, categories.Length);
        var wrapped = categories.Select(c => ChartTextMetrics.Wrap(c, size, slot - 4)).ToList();
        var categoryHeight = 6 + LineHeight * Math.Max(1, wrapped.Count == 0 ? 1 : wrapped.Max(l => l.Count));
        var bottom = height - legendHeight - categoryHeight;
        double Y(double v) => bottom - scale.Fraction(v) * (bottom - Top);

        var unit = ChartData.UnitLabel(chart);
        if (unit.Length > 0) items.Add(new ChartLabel(4, 12, unit, size, ChartAnchor.Start, ChartPalette.Text));
        foreach (var (value, text) in tickLabels)
        {
            if (value != 0)
                items.Add(new ChartStroke(new ChartPath().MoveTo(left, Y(value)).LineTo(width - Right, Y(value)), ChartPalette.Grid, 0.75));
            items.Add(new ChartLabel(left - 6, Y(value) + size * 0.35, text, size, ChartAnchor.End, ChartPalette.Text));
        }

        if (chart.Kind == ChartKind.Line) AddLines(items, chart, left, slot, Y);
        else AddBars(items, chart, stacked, left, slot, Y);

        // The zero line is drawn over the bars' feet, as Word does.
        items.Add(new ChartStroke(new ChartPath().MoveTo(left, Y(0)).LineTo(width - Right, Y(0)), ChartPalette.Axis, 0.75));
        for (var i = 0; i < categories.Length; i++)
            for (var l = 0; l < wrapped[i].Count; l++)
                items.Add(new ChartLabel(left + slot * (i + 0.5), bottom + 4 + size + l * LineHeight, wrapped[i][l], size, ChartAnchor.Middle, ChartPalette.Text));

        ChartLegendLayout.Add(items, names, width, height);
        return new ChartDrawing(width, height, [.. items]);
    }

    private static ChartScale Scale(ChartFigure chart, bool stacked)
    {
        var categories = ChartData.Categories(chart);
        var series = ChartData.Series(chart);
        double min = 0, max = 0;
        for (var i = 0; i < categories.Length; i++)
        {
            double up = 0, down = 0;
            foreach (var s in series)
            {
                var v = ChartData.Value(s, i);
                if (!double.IsFinite(v)) continue;
                if (stacked) { if (v >= 0) up += v; else down += v; }
                else { up = Math.Max(up, v); down = Math.Min(down, v); }
            }
            max = Math.Max(max, up);
            min = Math.Min(min, down);
        }
        // Head room so the label over the tallest bar stays inside the plot.
        return ChartScale.For(min, max * 1.08);
    }

    private static void AddBars(List<ChartItem> items, ChartFigure chart, bool stacked, double left, double slot, Func<double, double> y)
    {
        var categories = ChartData.Categories(chart);
        var series = ChartData.Series(chart);
        var size = ChartLayout.TextSize;
        var group = slot * (stacked || series.Length == 1 ? 0.5 : 0.7);
        var bar = stacked ? group : group / Math.Max(1, series.Length);
        var labels = new List<ChartItem>();
        for (var i = 0; i < categories.Length; i++)
        {
            double up = 0, down = 0;
            var x0 = left + slot * i + (slot - group) / 2;
            for (var s = 0; s < series.Length; s++)
            {
                var v = ChartData.Value(series[s], i);
                if (!double.IsFinite(v)) continue;
                double from, to;
                if (stacked) { from = v >= 0 ? up : down; to = from + v; if (v >= 0) up = to; else down = to; }
                else { from = 0; to = v; }
                var x = stacked ? x0 : x0 + bar * s;
                double top = Math.Min(y(from), y(to)), h = Math.Abs(y(from) - y(to));
                var text = ChartData.Format(v);
                items.Add(new ChartMark(ChartPath.Rectangle(x, top, bar, h), ChartPalette.Fill(s), null, 0, s, i,
                    $"{series[s].Name} {categories[i]}：{text}"));
                // Stacked labels sit inside their segment, in white on the dark fills.
                if (stacked)
                    labels.Add(new ChartLabel(x + bar / 2, top + h / 2 + size * 0.35, text, size, ChartAnchor.Middle,
                        ChartPalette.IsDark(s) ? "FFFFFF" : ChartPalette.Text));
                else
                    labels.Add(new ChartLabel(x + bar / 2, v >= 0 ? top - 3 : top + h + size, text, size, ChartAnchor.Middle, ChartPalette.Text));
            }
        }
        items.AddRange(labels);
    }

    private static void AddLines(List<ChartItem> items, ChartFigure chart, double left, double slot, Func<double, double> y)
    {
        var categories = ChartData.Categories(chart);
        var series = ChartData.Series(chart);
        var size = ChartLayout.TextSize;
        var labels = new List<ChartItem>();
        for (var s = 0; s < series.Length; s++)
        {
            var path = new ChartPath();
            var pen = false;
            for (var i = 0; i < categories.Length; i++)
            {
                var v = ChartData.Value(series[s], i);
                if (!double.IsFinite(v)) { pen = false; continue; } // a missing year is a gap, not a zero
                double x = left + slot * (i + 0.5), py = y(v);
                if (pen) path.LineTo(x, py); else path.MoveTo(x, py);
                pen = true;
                var text = ChartData.Format(v);
                items.Add(new ChartMark(ChartPath.Circle(x, py, 3), ChartPalette.Fill(s), "FFFFFF", 0.75, s, i,
                    $"{series[s].Name} {categories[i]}：{text}"));
                labels.Add(new ChartLabel(x, py - 6, text, size, ChartAnchor.Middle, ChartPalette.Text));
            }
            items.Insert(0, new ChartStroke(path, ChartPalette.Fill(s), 2));
        }
        items.AddRange(labels);
    }
}
