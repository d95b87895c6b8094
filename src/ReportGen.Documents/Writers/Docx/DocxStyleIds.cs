namespace ReportGen.Documents.Writers.Docx;

/// <summary>Style ids shared by the styles part and the body builders; a typo here would silently fall back to Normal.</summary>
internal static class DocxStyleIds
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string BodyText = "BodyText";
    public const string PlainText = "PlainText";
    public const string Centered = "CenteredText";
    public const string RightAligned = "RightText";
    public const string Note = "Note";
    public const string TableText = "TableText";
    public const string TableCaption = "TableCaption";
    public const string FigureCaption = "FigureCaption";
    public const string FigureBody = "FigureBody";
    public const string Signature = "Signature";
    public const string Footer = "Footer";
    public const string TableGrid = "TableGrid";

    public static string Heading(int level) => level switch
    {
        <= 1 => "Heading1",
        2 => "Heading2",
        3 => "Heading3",
        _ => "Heading4",
    };
}
