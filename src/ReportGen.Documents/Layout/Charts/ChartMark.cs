namespace ReportGen.Documents.Layout.Charts;

/// <summary>
/// The shape standing for one value (a bar, a slice, a line's point): exactly one per drawn value,
/// so a reader can tell which number it is from <see cref="Series"/> and <see cref="Category"/>.
/// </summary>
internal sealed record ChartMark(ChartPath Path, string Fill, string? Stroke, double StrokeWidth, int Series, int Category, string Title) : ChartItem;
