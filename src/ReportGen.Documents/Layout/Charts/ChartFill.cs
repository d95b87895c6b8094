namespace ReportGen.Documents.Layout.Charts;

/// <summary>A filled shape that is not a value: a legend swatch.</summary>
internal sealed record ChartFill(ChartPath Path, string Fill) : ChartItem;
