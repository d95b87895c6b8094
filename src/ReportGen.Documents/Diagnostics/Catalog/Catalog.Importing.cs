namespace ReportGen.Documents.Diagnostics;

public static partial class Catalog
{
    /// <summary>
    /// The codes of <c>reportgen import</c> (E1001–E1099). A published report has no YAML line, so its
    /// diagnostics point at the source as a whole (line 0) or, for text sources, at the line.
    /// </summary>
    public static class ImportCodes
    {
        public static readonly DiagnosticCode Unreadable = new("E1001", Severity.Error, "来源文件无法读取或写入",
            "请确认文件存在、未被其他程序占用，输出文件夹可以写入。");
        public static readonly DiagnosticCode TooLarge = new("E1002", Severity.Error, "来源文件过大");
        public static readonly DiagnosticCode ZipBomb = new("E1003", Severity.Error, "Word 文件疑似压缩炸弹",
            "请用 Word 或 WPS 打开原文件并重新另存为 .docx 后再导入。");
        public static readonly DiagnosticCode BrokenDocx = new("E1004", Severity.Error, "Word 文件已损坏",
            "请用 Word 或 WPS 打开原文件并重新另存为 .docx 后再导入。");
        public static readonly DiagnosticCode BrokenPdf = new("E1005", Severity.Error, "PDF 文件已损坏或加密");
        public static readonly DiagnosticCode Encoding = new("E1006", Severity.Warning, "文字编码有问题",
            "请在浏览器中打开原网页，确认文字显示正常后另存为网页（UTF-8）再导入。");
        public static readonly DiagnosticCode NoReport = new("E1007", Severity.Error, "没有找到报告正文");
        public static readonly DiagnosticCode TargetExists = new("E1008", Severity.Error, "数据文件已存在，不会覆盖");
        public static readonly DiagnosticCode UnknownKind = new("E1009", Severity.Error, "无法识别的来源或格式");
        public static readonly DiagnosticCode NoText = new("E1010", Severity.Error, "PDF 中没有文字");
        public static readonly DiagnosticCode NoYear = new("E1011", Severity.Error, "无法识别报告年度");
        public static readonly DiagnosticCode NoAgency = new("E1012", Severity.Error, "无法识别机关");
        public static readonly DiagnosticCode TooComplex = new("E1013", Severity.Error, "文件结构过于复杂");
        public static readonly DiagnosticCode BrokenHtml = new("E1014", Severity.Error, "网页无法解析");
        /// <summary>A value the import could not place with certainty; <c>check</c> lists every one until the note is removed.</summary>
        public static readonly DiagnosticCode ToReview = new("E1020", Severity.Warning, "导入的数据待核对",
            "核对原报告，确认或改正这一处后，删去行尾注释中的“【待核对】”。");
        public static readonly DiagnosticCode Internal = new("E1090", Severity.Error, "导入时发生内部错误", "请把这条信息和来源文件报告给技术人员。");
    }

    /// <summary>What <c>reportgen import</c> reports about a published report (HTML, Word, PDF, text) and the data file it writes.</summary>
    public static class Importing
    {
        public static readonly DiagnosticKind CannotRead = new(ImportCodes.Unreadable, "无法读取文件：{0}");
        public static readonly DiagnosticKind CannotWrite = new(ImportCodes.Unreadable, "无法写入 {0}：{1}");
        public static readonly DiagnosticKind TooLarge = new(ImportCodes.TooLarge, "文件过大（{0:N0} 字节，导入上限 {1:N0} 字节）");
        public static readonly DiagnosticKind ZipBomb = new(ImportCodes.ZipBomb, "Word 文件的压缩内容异常，疑似“压缩炸弹”，已拒绝：{0}");
        public static readonly DiagnosticKind NotADocx = new(ImportCodes.BrokenDocx, "不是有效的 Word（.docx）文件：{0}");
        public static readonly DiagnosticKind TooComplex = new(ImportCodes.TooComplex, "文件结构过于复杂，已拒绝：{0}");
        public static readonly DiagnosticKind HtmlTooDeep = new(ImportCodes.TooComplex, "网页的元素嵌套超过 {0} 层，更深的内容已按纯文字读取");
        public static readonly DiagnosticKind HtmlUnparsable = new(ImportCodes.BrokenHtml, "网页无法解析：{0}");
        public static readonly DiagnosticKind NotAPdf = new(ImportCodes.BrokenPdf, "PDF 文件已损坏或无法解析：{0}");
        public static readonly DiagnosticKind PdfEncrypted = new(ImportCodes.BrokenPdf, "PDF 文件已加密，无法读取文字；请提供未加密的文件");
        public static readonly DiagnosticKind PdfNoText = new(ImportCodes.NoText, "PDF 中没有可提取的文字（可能是扫描件）；请提供带文字层的 PDF、Word 或网页版本");
        /// <summary>{0} what is wrong with the encoding (one of the Encoding… phrases).</summary>
        public static readonly DiagnosticKind Encoding = new(ImportCodes.Encoding, "文字编码：{0}");
        public static readonly DiagnosticKind NoReport = new(ImportCodes.NoReport, "没有找到报告正文（没有标题，也没有可识别的章节）；请确认这是政府信息公开工作年度报告");
        public static readonly DiagnosticKind YearNotFound = new(ImportCodes.NoYear, "无法从标题中识别报告年度；请用 --year 指定");
        public static readonly DiagnosticKind AgencyNotFound = new(ImportCodes.NoAgency, "无法从标题中识别机关名称；请用 --agency 指定机关标识");
        public static readonly DiagnosticKind BadAgencyId = new(ImportCodes.NoAgency, "--agency“{0}”只能包含小写字母、数字和连字符");
        public static readonly DiagnosticKind Exists = new(ImportCodes.TargetExists, "{0} 已存在，不会覆盖；如需重新导入，请先改名或删除该文件，或用 --out 指定其他文件夹");
        public static readonly DiagnosticKind LegacyDoc = new(ImportCodes.UnknownKind, "这是旧版 Word（.doc）文件，无法直接导入；请用 Word 或 WPS 另存为 .docx 后再导入");
        public static readonly DiagnosticKind UnknownSourceKind = new(ImportCodes.UnknownKind, "无法识别“{0}”的文件类型（支持网页 .html/.htm、Word .docx、PDF、纯文本 .txt）");
        public static readonly DiagnosticKind UnknownFormat = new(ImportCodes.UnknownKind, "未知的报告格式“{0}”，可选：{1}");
        public static readonly DiagnosticKind FormatNotRecognised = new(ImportCodes.UnknownKind, "无法识别报告格式，请用 --format 指定");
        /// <summary>{0} the data file's field, {1} the loader's own message.</summary>
        public static readonly DiagnosticKind DraftUnloadable = new(ImportCodes.Internal, "导入生成的数据文件无法读取：{0}");
        public static readonly DiagnosticKind DraftTooLarge = new(ImportCodes.TooLarge, "导入生成的数据文件无法读取：{0}");
        public static readonly DiagnosticKind Unexpected = new(ImportCodes.Internal, "导入时发生内部错误（请报告此问题）：{0}: {1}");
        /// <summary>A “【待核对】” note left in a data file; {0} why the value is uncertain.</summary>
        public static readonly DiagnosticKind ToReview = new(ImportCodes.ToReview, "导入待核对：{0}");

        // What follows “文件结构过于复杂，已拒绝：”, “疑似压缩炸弹，已拒绝：”, “文字编码：”.
        public static readonly Phrase ZipTooManyEntries = new("压缩包内有 {0} 个文件（上限 {1}）");
        public static readonly Phrase ZipTooLarge = new("解压后共 {0:N0} 字节（上限 {1:N0}）");
        public static readonly Phrase ZipRatio = new("“{0}”的压缩比为 {1}:1");
        public static readonly Phrase ZipSizeLied = new("“{0}”解压后的大小与文件头声明的不符");
        public static readonly Phrase ZipEntryUnreadable = new("“{0}”无法解压：{1}");
        public static readonly Phrase XmlInvalid = new("“{0}”不是有效的 XML：{1}");
        public static readonly Phrase XmlTooDeep = new("“{0}”的 XML 嵌套超过 {1} 层");
        public static readonly Phrase NoDocumentPart = new("没有正文部分（word/document.xml）");
        public static readonly Phrase HtmlNesting = new("网页的元素嵌套超过 {0} 层");
        public static readonly Phrase HtmlTooManyNodes = new("网页元素超过 {0} 个");
        public static readonly Phrase PdfTooManyPages = new("PDF 共 {0} 页，超过导入上限 {1} 页");
        public static readonly Phrase UndecidableEncoding = new("无法识别文件的文字编码（声明为“{0}”，按 UTF-8 和 GB18030 都无法正确解码）");
        /// <summary>templates/&lt;id&gt;/import.yaml (the label variants import accepts) has a YAML mistake.</summary>
        public static readonly Phrase SourceMissing = new("找不到文件或文件夹：{0}");
        public static readonly Phrase LexiconInvalid = new("导入词表文件有误：{0}");
        public static readonly Phrase NotDeclared = new("未声明");
        public static readonly Phrase WrongDeclaredEncoding = new("网页声明的编码“{0}”与内容不符，已按 {1} 解码");
        public static readonly Phrase UndecodableBytes = new("文件中有 {0} 处无法解码的字节，已按 {1} 读取并替换为“\uFFFD”");
        public static readonly Phrase InvalidAfterBom = new("文件以 UTF-8 标记开头，但其中有无效字节，已替换为“\uFFFD”");
    }
}
