namespace ReportGen.Documents.Layout.Text;

/// <summary>Typographic roles of GB/T 9704; each resolves to its own font chain.</summary>
public enum TextRole
{
    Title,
    Body,
    Heading1,
    Heading2,
    Table,
    PageNumber,
}
