namespace ReportGen.Importing.Sources;

/// <summary>
/// What the importer accepts before it refuses a source as hostile or broken. A real annual report is
/// a few hundred KB of HTML, a .docx under 5 MB and a PDF of under 100 pages; these limits leave a wide
/// margin and still bound memory and time for a batch run over a folder of downloads.
/// </summary>
public static class SourceLimits
{
    public const long MaxHtmlBytes = 20L * 1024 * 1024;
    public const long MaxTextBytes = 10L * 1024 * 1024;
    public const long MaxDocxBytes = 50L * 1024 * 1024;
    public const long MaxPdfBytes = 100L * 1024 * 1024;
    /// <summary>Largest of the above: a file over this is refused from its length, before it is read.</summary>
    public const long MaxAnyBytes = Files.FileLimits.Published;

    public const int MaxZipEntries = 2_000;
    public const long MaxZipUncompressedBytes = 200L * 1024 * 1024;
    /// <summary>Deflate reaches about 1000:1 on runs of one byte; real XML parts compress 5–20:1.</summary>
    public const long MaxZipRatio = 200;
    /// <summary>Ratios are judged only above this size; tiny parts can compress oddly.</summary>
    public const long RatioCheckedAbove = 1024 * 1024;
    public const int MaxXmlDepth = 200;

    public const int MaxPdfPages = 500;
    public const int MaxPdfLettersPerPage = 50_000;

    public const int MaxHtmlNodes = 500_000;
    /// <summary>Parsing time grows with depth for every element; no real page nests a tenth as deep.</summary>
    public const int MaxHtmlParseDepth = 3_000;
    /// <summary>Deeper elements are read as plain text: walking them is what would exhaust the stack.</summary>
    public const int MaxHtmlDepth = 400;

    public const int MaxBlocks = 50_000;
}
