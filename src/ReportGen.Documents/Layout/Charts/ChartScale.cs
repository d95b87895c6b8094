namespace ReportGen.Documents.Layout.Charts;

/// <summary>
/// A value axis from zero to a "nice" maximum (1, 2, 2.5 or 5 × 10ⁿ steps), so the drawn writers
/// (SVG, PDF) get gridlines at round numbers as Word would choose them.
/// </summary>
internal sealed record ChartScale(double Min, double Max, double Step)
{
    public static ChartScale For(double min, double max, int targetTicks = 5)
    {
        min = Math.Min(0, double.IsFinite(min) ? min : 0);
        max = Math.Max(0, double.IsFinite(max) ? max : 0);
        if (max - min <= 0) max = min + 1;
        var raw = (max - min) / targetTicks;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * magnitude).First(s => s >= raw);
        return new ChartScale(Math.Floor(min / step) * step, Math.Ceiling(max / step) * step, step);
    }

    public IEnumerable<double> Ticks()
    {
        var count = (int)Math.Round((Max - Min) / Step);
        for (var i = 0; i <= count; i++) yield return Min + i * Step;
    }

    /// <summary>0 at <see cref="Min"/>, 1 at <see cref="Max"/>.</summary>
    public double Fraction(double value) => (value - Min) / (Max - Min);
}
