namespace ReportGen.Importing.Published;

/// <summary>What a published report was read from; each kind has its own reader under Importing/Sources.</summary>
public enum SourceKind
{
    Html,
    Docx,
    Pdf,
    Text,
}

public static class SourceKindNames
{
    /// <summary>The Chinese name used in messages and the import report.</summary>
    public static string Chinese(this SourceKind kind) => kind switch
    {
        SourceKind.Html => "网页",
        SourceKind.Docx => "Word 文档",
        SourceKind.Pdf => "PDF",
        _ => "纯文本",
    };

    public static string Id(this SourceKind kind) => kind.ToString().ToLowerInvariant();
}
