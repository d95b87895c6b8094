using ReportGen.Documents.Document;

namespace ReportGen.Documents.Layout.Charts;

/// <summary>
/// Pie and donut: slices clockwise from 12 o'clock in category order (as Word draws them), value and
/// percentage outside a pie's slices and on a donut's ring, legend below.
/// </summary>
internal static class ChartPieLayout
{
    private const double LabelRoom = 36;

    public static ChartDrawing Lay(ChartFigure chart, double width, double height)
    {
        var categories = ChartData.Categories(chart);
        var series = ChartData.Series(chart).FirstOrDefault();
        var size = ChartLayout.TextSize;
        var donut = chart.Kind == ChartKind.Donut;
        var items = new List<ChartItem>();

        var legendHeight = ChartLegendLayout.Height(categories, width);
        var area = height - legendHeight;
        var r = Math.Max(10, (area - 2 * LabelRoom) / 2);
        double cx = width / 2, cy = area / 2;
        var inner = donut ? r * 0.55 : 0;

        var values = categories.Select((_, i) => series is null ? double.NaN : ChartData.Value(series, i)).ToList();
        var total = values.Where(v => double.IsFinite(v) && v > 0).Sum();
        var labels = new List<ChartItem>();
        // No axis to carry the unit: it sits top left, where a bar chart has it.
        var unit = ChartData.UnitLabel(chart);
        if (unit.Length > 0) items.Add(new ChartLabel(4, 12, unit, size, ChartAnchor.Start, ChartPalette.Text));
        if (total <= 0)
        {
            items.Add(new ChartStroke(ChartPath.Circle(cx, cy, r), ChartPalette.Grid, 1));
            items.Add(new ChartLabel(cx, cy + size * 0.35, "无数据", size, ChartAnchor.Middle, ChartPalette.Text));
        }

        var angle = 0.0;
        for (var i = 0; i < categories.Length && total > 0; i++)
        {
            var v = values[i];
            if (!double.IsFinite(v) || v <= 0) continue; // a slice cannot show nothing or less than nothing
            var sweep = 2 * Math.PI * v / total;
            var path = Slice(cx, cy, r, inner, angle, angle + sweep);
            var text = ChartData.Format(v);
            var percent = ChartData.Percent(v, total);
            items.Add(new ChartMark(path, ChartPalette.Fill(i), "FFFFFF", 1.5, 0, i, $"{categories[i]}：{text}（{percent}）"));

            var mid = angle + sweep / 2;
            if (donut)
            {
                var (lx, ly) = ChartPath.OnCircle(cx, cy, (r + inner) / 2, mid);
                var color = ChartPalette.IsDark(i) ? "FFFFFF" : ChartPalette.Text;
                labels.Add(new ChartLabel(lx, ly - 1, text, size, ChartAnchor.Middle, color));
                labels.Add(new ChartLabel(lx, ly + size - 1, percent, size, ChartAnchor.Middle, color));
            }
            else
            {
                var (lx, ly) = ChartPath.OnCircle(cx, cy, r + 8, mid);
                var sin = Math.Sin(mid);
                var anchor = sin > 0.3 ? ChartAnchor.Start : sin < -0.3 ? ChartAnchor.End : ChartAnchor.Middle;
                // Two lines centred on the label point; above the pie they stack upwards from it.
                var cos = Math.Cos(mid);
                var first = cos > 0.3 ? ly - size - 2 : cos < -0.3 ? ly + size : ly;
                labels.Add(new ChartLabel(lx, first, text, size, anchor, ChartPalette.Text));
                labels.Add(new ChartLabel(lx, first + size + 1, percent, size, anchor, ChartPalette.Text));
            }
            angle += sweep;
        }
        items.AddRange(labels);
        ChartLegendLayout.Add(items, categories, width, height);
        return new ChartDrawing(width, height, [.. items]);
    }

    private static ChartPath Slice(double cx, double cy, double r, double inner, double from, double to)
    {
        var (sx, sy) = ChartPath.OnCircle(cx, cy, r, from);
        if (inner <= 0)
            return new ChartPath().MoveTo(cx, cy).LineTo(sx, sy).ArcTo(cx, cy, r, from, to).Close();
        var (ex, ey) = ChartPath.OnCircle(cx, cy, inner, to);
        return new ChartPath().MoveTo(sx, sy).ArcTo(cx, cy, r, from, to).LineTo(ex, ey).ArcTo(cx, cy, inner, to, from).Close();
    }
}
