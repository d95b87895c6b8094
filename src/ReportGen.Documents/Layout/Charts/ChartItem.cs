namespace ReportGen.Documents.Layout.Charts;

/// <summary>One thing to draw; writers turn these into SVG elements or PDF operators.</summary>
internal abstract record ChartItem;
