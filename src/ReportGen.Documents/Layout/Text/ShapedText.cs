namespace ReportGen.Documents.Layout.Text;

/// <summary>
/// A paragraph's text resolved to fonts: one entry per code point (CJK needs no shaping), with the
/// advance in points at the run's size, tracking included. Parallel arrays keep layout allocation-light.
/// </summary>
public sealed class ShapedText(int[] codePoints, ILayoutFont[] fonts, double[] advances, bool[] strong, double size)
{
    public int[] CodePoints { get; } = codePoints;
    public ILayoutFont[] Fonts { get; } = fonts;
    public double[] Advances { get; } = advances;
    public bool[] Strong { get; } = strong;
    public double Size { get; } = size;
    public int Length => CodePoints.Length;
}
