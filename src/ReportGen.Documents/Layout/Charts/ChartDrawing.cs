using System.Collections.Immutable;

namespace ReportGen.Documents.Layout.Charts;

/// <summary>A chart laid out in points (y down), ready for any writer to paint in order.</summary>
internal sealed record ChartDrawing(double Width, double Height, ImmutableArray<ChartItem> Items);
