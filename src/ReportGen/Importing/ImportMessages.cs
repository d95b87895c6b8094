namespace ReportGen.Importing;

/// <summary>
/// The diagnostic codes and Chinese texts of <c>reportgen import</c>, one typed member each, kept in one
/// place (E1001–E1099). Import diagnostics name the source file; a published report has no YAML line,
/// so the span points at the source as a whole (line 0) or, for text sources, at the line.
/// </summary>
public static class ImportMessages
{
    public const string Unreadable = "E1001";
    public const string TooLarge = "E1002";
    public const string ZipBomb = "E1003";
    public const string BrokenDocx = "E1004";
    public const string BrokenPdf = "E1005";
    public const string Encoding = "E1006";
    public const string NoReport = "E1007";
    public const string TargetExists = "E1008";
    public const string UnknownKind = "E1009";
    public const string NoText = "E1010";
    public const string NoYear = "E1011";
    public const string NoAgency = "E1012";
    public const string TooComplex = "E1013";
    public const string BrokenHtml = "E1014";
    public const string Internal = "E1090";
    /// <summary>A value the import could not place with certainty; <c>check</c> lists every one until the comment is removed.</summary>
    public const string ToReview = "E1020";

    /// <summary>Written into the YAML (as a comment) next to every value a person has to confirm.</summary>
    public const string ReviewMarker = "【待核对】";

    public static string CannotRead(string reason) => $"无法读取文件：{reason}";
    public static string SourceTooLarge(long bytes, long limit) => $"文件过大（{bytes:N0} 字节，导入上限 {limit:N0} 字节）";
    public static string ZipBombDetected(string detail) => $"Word 文件的压缩内容异常，疑似“压缩炸弹”，已拒绝：{detail}";
    public static string ZipTooManyEntries(int count, int limit) => $"压缩包内有 {count} 个文件（上限 {limit}）";
    public static string ZipTooLarge(long bytes, long limit) => $"解压后共 {bytes:N0} 字节（上限 {limit:N0}）";
    public static string ZipRatio(string entry, long ratio) => $"“{entry}”的压缩比为 {ratio}:1";
    public static string ZipSizeLied(string entry) => $"“{entry}”解压后的大小与文件头声明的不符";
    public static string XmlTooDeep(string entry, int limit) => $"“{entry}”的 XML 嵌套超过 {limit} 层";
    public static string NotADocx(string reason) => $"不是有效的 Word（.docx）文件：{reason}";
    public static string LegacyDoc => "这是旧版 Word（.doc）文件，无法直接导入；请用 Word 或 WPS 另存为 .docx 后再导入";
    public static string NotAPdf(string reason) => $"PDF 文件已损坏或无法解析：{reason}";
    public static string PdfEncrypted => "PDF 文件已加密，无法读取文字；请提供未加密的文件";
    public static string PdfTooManyPages(int pages, int limit) => $"PDF 共 {pages} 页，超过导入上限 {limit} 页";
    public static string PdfNoText => "PDF 中没有可提取的文字（可能是扫描件）；请提供带文字层的 PDF、Word 或网页版本";
    public static string UndecidableEncoding(string declared) => $"无法识别文件的文字编码（声明为“{declared}”，按 UTF-8 和 GB18030 都无法正确解码）";
    public static string WrongDeclaredEncoding(string declared, string used) => $"网页声明的编码“{declared}”与内容不符，已按 {used} 解码";
    public static string HtmlTooDeep(int limit) => $"网页的元素嵌套超过 {limit} 层，更深的内容已按纯文字读取";
    public static string HtmlNesting(int limit) => $"网页的元素嵌套超过 {limit} 层";
    public static string HtmlTooManyNodes(int limit) => $"网页元素超过 {limit} 个，已拒绝";
    public static string HtmlUnparsable(string reason) => $"网页无法解析：{reason}";
    public static string NoReportFound => "没有找到报告正文（没有标题，也没有可识别的章节）；请确认这是政府信息公开工作年度报告";
    public static string YearNotFound => "无法从标题中识别报告年度；请用 --year 指定";
    public static string AgencyNotFound => "无法从标题中识别机关名称；请用 --agency 指定机关标识";
    public static string AgencyIdNeeded(string name) => $"机关“{name}”的标识无法自动生成（标识只能是小写字母、数字和连字符）；请用 --agency 指定，如 --agency chuanying";
    public static string BadAgencyId(string id) => $"--agency“{id}”只能包含小写字母、数字和连字符";
    public static string Exists(string path) => $"{path} 已存在，不会覆盖；如需重新导入，请先改名或删除该文件，或用 --out 指定其他文件夹";
    public static string UnknownSourceKind(string file) => $"无法识别“{file}”的文件类型（支持网页 .html/.htm、Word .docx、PDF、纯文本 .txt）";
    public static string Unexpected(string type, string message) => $"导入时发生内部错误（请报告此问题）：{type}: {message}";
    public static string TooComplexSource(string what) => $"文件结构过于复杂，已拒绝：{what}";
    public static string ReviewLeft(int count) => $"导入的数据中还有 {count} 处标有“{ReviewMarker}”，请逐一核对原报告后删去该标记";
    public static string ReviewAt(string why) => $"导入待核对：{why}";
    public static string ReviewHint => $"核对原报告，确认或改正这一处后，删去行尾注释中的“{ReviewMarker}”。";
}
