using ReportGen.Documents.Layout.Text;

namespace ReportGen.Documents.Layout.Tables;

/// <summary>A cell after line breaking: its text lines and the height they need.</summary>
public sealed record MeasuredCell(GridCell Grid, ShapedText Text, IReadOnlyList<TextLine> Lines, double TextHeight);
