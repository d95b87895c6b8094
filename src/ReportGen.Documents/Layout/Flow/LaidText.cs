using ReportGen.Documents.Layout.Text;

namespace ReportGen.Documents.Layout.Flow;

/// <summary>A measured text block: its lines, line pitch, and the baseline's offset below the line top.</summary>
internal sealed record LaidText(ShapedText Text, List<TextLine> Lines, double Pitch, double BaselineOffset)
{
    public double Height => Lines.Count * Pitch;

    /// <summary>Web addresses in the text, made into links when the lines are placed.</summary>
    public List<UrlRange> Urls { get; } = UrlFinder.Find(Text.CodePoints);
}
