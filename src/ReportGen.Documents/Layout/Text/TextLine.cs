namespace ReportGen.Documents.Layout.Text;

/// <summary>
/// One line of a paragraph: glyphs [Start, End) of the shaped text and their x relative to the
/// block's left edge (indent and justification applied).
/// </summary>
public sealed record TextLine(int Start, int End, double[] X, double Width);
