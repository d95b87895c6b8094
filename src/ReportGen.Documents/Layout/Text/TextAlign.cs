namespace ReportGen.Documents.Layout.Text;

public enum TextAlign
{
    /// <summary>Spread inter-character space so every line but the last fills the measure.</summary>
    Justify,
    Left,
    Center,
    Right,
}
