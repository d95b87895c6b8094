namespace ReportGen.Documents.Layout.Pages;

/// <summary>An axis-aligned rectangle, stroked and/or filled with an sRGB colour (0xRRGGBB).</summary>
public sealed record RectItem(double X, double Y, double Width, double Height, double StrokeWidth, int? Fill = null, int Stroke = 0) : FrameItem;
