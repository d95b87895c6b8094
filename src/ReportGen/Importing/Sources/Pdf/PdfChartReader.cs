using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using ReportGen.Importing.Published;

namespace ReportGen.Importing.Sources.Pdf;

/// <summary>
/// A chart's numbers read back from its drawing, where a PDF keeps no data: legend swatches name the
/// series (or, for a pie, the categories) by colour; bars are placed under the category label nearest
/// to them, the number printed on or above a bar is its value; a pie's value labels are taken clockwise
/// from twelve o'clock, the order its slices are drawn in. Null when the drawing does not add up.
/// </summary>
internal static partial class PdfChartReader
{
    [GeneratedRegex(@"^-?\d+(?:\.\d+)?$")]
    private static partial Regex Number();

    [GeneratedRegex(@"^\d+(?:\.\d+)?%$")]
    private static partial Regex Percent();

    private sealed record Chunk(string Text, double Left, double Right, double Top, double Bottom, double Size)
    {
        public double CenterX => (Left + Right) / 2;
        public double CenterY => (Top + Bottom) / 2;
    }

    public static PublishedChart? Read(List<PdfLine> lines, IReadOnlyList<PdfShape> shapes)
    {
        if (shapes.Count == 0) return null;
        var chunks = Chunks(lines);
        string? unit = null;
        var unitChunk = chunks.FirstOrDefault(c => c.Text.StartsWith("单位", StringComparison.Ordinal));
        if (unitChunk is not null)
        {
            unit = unitChunk.Text.TrimStart('单', '位').TrimStart('：', ':').Trim();
            chunks.Remove(unitChunk);
        }
        // Legend: a small square swatch with its name just right of it.
        var legend = new List<(PdfShape Swatch, Chunk Name)>();
        foreach (var swatch in shapes.Where(s => !s.Curved && s.Right - s.Left <= 12 && s.Bottom - s.Top <= 12 && Math.Abs(s.Right - s.Left - (s.Bottom - s.Top)) < 1.5))
        {
            var name = chunks.Where(c => c.Left >= swatch.Right - 1 && c.Left - swatch.Right < 12 && Math.Abs(c.CenterY - swatch.CenterY) < c.Size)
                .OrderBy(c => c.Left).FirstOrDefault();
            if (name is not null) legend.Add((swatch, name));
        }
        legend = legend.OrderBy(l => Math.Round(l.Swatch.Top)).ThenBy(l => l.Swatch.Left).ToList();
        foreach (var (_, name) in legend) chunks.Remove(name);
        var marks = shapes.Where(s => !legend.Any(l => ReferenceEquals(l.Swatch, s))).ToList();
        if (marks.Count == 0) return null;
        return marks.Count(m => m.Curved) * 2 > marks.Count ? Pie(marks, chunks, legend, unit) : Bars(marks, chunks, legend, unit);
    }

    /// <summary>Lines split where glyphs stand apart (labels set side by side), as separate chunks.</summary>
    private static List<Chunk> Chunks(List<PdfLine> lines)
    {
        var chunks = new List<Chunk>();
        foreach (var line in lines)
        {
            var start = 0;
            var glyphs = line.Glyphs;
            for (var i = 1; i <= glyphs.Count; i++)
            {
                if (i < glyphs.Count && glyphs[i].Left - glyphs[i - 1].Right <= glyphs[i].Size * 0.8) continue;
                var part = glyphs.Skip(start).Take(i - start).ToList();
                var text = TextClean.Inline(PdfText.Join(part));
                // Labels printed over each other (two small slices side by side) cannot be read; better none than a wrong one.
                var garbled = part.Zip(part.Skip(1)).Any(p => p.Second.Left < p.First.Right - p.Second.Size * 0.3);
                if (text.Length > 0 && !garbled)
                    chunks.Add(new Chunk(text, part.Min(g => g.Left), part.Max(g => g.Right), part.Min(g => g.Top), part.Max(g => g.Bottom), part[0].Size));
                start = i;
            }
        }
        return chunks;
    }

    private static PublishedChart? Bars(List<PdfShape> bars, List<Chunk> chunks, List<(PdfShape Swatch, Chunk Name)> legend, string? unit)
    {
        var axis = bars.Max(b => b.Bottom);
        var legendTop = legend.Count > 0 ? legend.Min(l => l.Swatch.Top) : double.MaxValue;
        // Category labels: below the axis, above the legend; a label set on two lines is one label.
        var below = chunks.Where(c => c.Top >= axis - 1 && c.Bottom <= legendTop + 1 && !Number().IsMatch(c.Text)).OrderBy(c => c.Top).ToList();
        var categories = new List<(double X, string Text)>();
        foreach (var c in below)
        {
            var i = categories.FindIndex(k => Math.Abs(k.X - c.CenterX) < c.Size * 1.5);
            if (i >= 0) categories[i] = (categories[i].X, categories[i].Text + c.Text);
            else categories.Add((c.CenterX, c.Text));
        }
        categories.Sort((a, b) => a.X.CompareTo(b.X));
        if (categories.Count == 0) return null;
        var stacked = bars.GroupBy(b => Math.Round(b.Left)).Any(g => g.Count() > 1);
        var seriesNames = legend.Select(l => l.Name.Text).ToList();
        var seriesCount = Math.Max(1, seriesNames.Count);
        var values = new string?[seriesCount, categories.Count];
        // Each category owns a slot around its label; the numbers in the slot above the axis are its values
        // (axis ticks stand left of the first slot). A bar too small to draw still has its number printed.
        var slot = categories.Count > 1 ? categories.Zip(categories.Skip(1)).Min(p => p.Second.X - p.First.X) : bars.Max(b => b.Right) - bars.Min(b => b.Left) + 20;
        var plotLeft = categories[0].X - slot / 2;
        var numbers = chunks.Where(c => Number().IsMatch(c.Text) && c.Bottom <= axis + 2 && c.CenterX > plotLeft).ToList();
        for (var k = 0; k < categories.Count; k++)
        {
            var inSlot = numbers.Where(n => Math.Abs(n.CenterX - categories[k].X) < slot / 2).ToList();
            if (inSlot.Count == 0) continue;
            // Stacks go up from the first series; clusters go right.
            var ordered = stacked ? inSlot.OrderByDescending(n => n.CenterY).ToList() : inSlot.OrderBy(n => n.CenterX).ToList();
            if (ordered.Count == seriesCount)
                for (var s = 0; s < seriesCount; s++) values[s, k] = ordered[s].Text;
            else if (stacked)
            {
                // Some labels unreadable: place the readable ones by the segment (of a series' colour) they sit in.
                foreach (var n in ordered)
                {
                    var bar = bars.FirstOrDefault(b => n.CenterX >= b.Left && n.CenterX <= b.Right && n.CenterY >= b.Top - 1 && n.CenterY <= b.Bottom + 1);
                    var series = bar is null ? -1 : legend.FindIndex(l => l.Swatch.Color == bar.Color);
                    if (series >= 0) values[series, k] = n.Text;
                }
            }
            else if (seriesCount == 1) values[0, k] = ordered.OrderByDescending(n => n.CenterY).First().Text;
        }
        var result = ImmutableArray.CreateBuilder<PublishedSeries>();
        for (var s = 0; s < seriesCount; s++)
        {
            var row = Enumerable.Range(0, categories.Count).Select(c => values[s, c] ?? "").ToImmutableArray();
            result.Add(new PublishedSeries(s < seriesNames.Count ? seriesNames[s] : "", row));
        }
        return new PublishedChart(stacked ? "stacked_bar" : "bar", categories.Select(c => c.Text).ToImmutableArray(), result.ToImmutable(), unit);
    }

    private static PublishedChart? Pie(List<PdfShape> marks, List<Chunk> chunks, List<(PdfShape Swatch, Chunk Name)> legend, string? unit)
    {
        var slices = marks.Where(m => m.Curved).ToList();
        if (legend.Count == 0) return null;
        double left = slices.Min(s => s.Left), right = slices.Max(s => s.Right), top = slices.Min(s => s.Top), bottom = slices.Max(s => s.Bottom);
        double cx = (left + right) / 2, cy = (top + bottom) / 2;
        double Angle(double x, double y)
        {
            var a = Math.Atan2(x - cx, cy - y);
            return a < 0 ? a + 2 * Math.PI : a;
        }
        var labels = chunks.Where(c => Number().IsMatch(c.Text) && c.Bottom < legend.Min(l => l.Swatch.Top)).OrderBy(c => Angle(c.CenterX, c.CenterY)).ToList();
        var categories = legend.Select(l => l.Name.Text).ToList();
        var values = new string[categories.Count];
        Array.Fill(values, "");
        // Slices are drawn in category order from twelve o'clock; a category of 0 has no slice and no label.
        var drawn = legend.Select((l, i) => (i, l.Swatch.Color)).Where(x => slices.Any(s => s.Color == x.Color)).Select(x => x.i).ToList();
        if (drawn.Count != labels.Count) return null;
        for (var k = 0; k < drawn.Count; k++) values[drawn[k]] = labels[k].Text;
        for (var i = 0; i < values.Length; i++) if (values[i].Length == 0 && !drawn.Contains(i)) values[i] = "0";
        // A donut carries its numbers on the ring, a pie beside its slices.
        var radius = (right - left) / 2;
        var inside = labels.Count(l => Math.Sqrt(Math.Pow(l.CenterX - cx, 2) + Math.Pow(l.CenterY - cy, 2)) < radius * 0.95);
        var kind = inside * 2 > labels.Count ? "donut" : "pie";
        return new PublishedChart(kind, categories.ToImmutableArray(), ImmutableArray.Create(new PublishedSeries("", values.ToImmutableArray())), unit);
    }
}
