namespace ReportGen.Documents.Layout.Charts;

/// <summary>A stroked, unfilled path: axis, gridline, or the line of a line chart.</summary>
internal sealed record ChartStroke(ChartPath Path, string Color, double Width) : ChartItem;
