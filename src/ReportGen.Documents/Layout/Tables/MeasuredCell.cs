using ReportGen.Documents.Layout.Text;

namespace ReportGen.Documents.Layout.Tables;

/// <summary>A cell after line breaking: its text lines and the height they need.</summary>
public sealed record MeasuredCell(GridCell Grid, ShapedText Text, IReadOnlyList<TextLine> Lines, double TextHeight)
{
    /// <summary>A body group label (rowspan) as repeated on a continuation page, marked （续）.</summary>
    public (ShapedText Text, IReadOnlyList<TextLine> Lines)? Continuation { get; init; }
}
