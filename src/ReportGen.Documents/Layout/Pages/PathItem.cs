using System.Collections.Immutable;

namespace ReportGen.Documents.Layout.Pages;

public enum PathVerb
{
    MoveTo,
    LineTo,
    /// <summary>Cubic Bézier: three points (two controls, end).</summary>
    CubicTo,
    Close,
}

/// <summary>One path segment; unused coordinates are zero.</summary>
public readonly record struct PathSegment(PathVerb Verb, double X1 = 0, double Y1 = 0, double X2 = 0, double Y2 = 0, double X3 = 0, double Y3 = 0);

/// <summary>A vector path (charts draw with these); stroke and/or fill in sRGB.</summary>
public sealed record PathItem(ImmutableArray<PathSegment> Segments, double StrokeWidth, int? Stroke = 0, int? Fill = null) : FrameItem;
