using System.Collections.Immutable;

namespace ReportGen.Documents.Layout.Pages;

/// <summary>A vector path (charts draw with these); stroke and/or fill in sRGB (0xRRGGBB).</summary>
public sealed record PathItem(ImmutableArray<PathSegment> Segments, double StrokeWidth, int? Stroke = 0, int? Fill = null) : FrameItem;
