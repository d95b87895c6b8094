namespace ReportGen.Documents.Layout.Pages;

public enum PathVerb
{
    MoveTo,
    LineTo,
    /// <summary>Cubic Bézier: three points (two controls, end).</summary>
    CubicTo,
    Close,
}
