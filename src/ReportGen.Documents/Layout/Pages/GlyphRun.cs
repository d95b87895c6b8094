using ReportGen.Documents.Layout.Text;

namespace ReportGen.Documents.Layout.Pages;

/// <summary>
/// Text in one font and size on one baseline: the code points and the x of each (one glyph per
/// code point, since CJK text needs no shaping). Backends map code points to glyphs themselves.
/// </summary>
public sealed record GlyphRun(ILayoutFont Font, double Size, double Baseline, int[] CodePoints, double[] X) : FrameItem
{
    /// <summary>Emphasis (Strong inline): drawn with a thin outline stroke, since the roles have no bold face.</summary>
    public bool Strong { get; init; }

    /// <summary>Fill colour (0xRRGGBB); black unless a chart puts a label on a dark fill.</summary>
    public int Colour { get; init; }

    public string Text => string.Concat(CodePoints.Select(char.ConvertFromUtf32));
}
