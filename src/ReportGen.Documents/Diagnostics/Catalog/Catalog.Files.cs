namespace ReportGen.Documents.Diagnostics;

public static partial class Catalog
{
    /// <summary>Reading a file and parsing its YAML (data files and format definitions alike).</summary>
    public static class Files
    {
        public static readonly DiagnosticKind CannotRead = new(Codes.Unreadable, "无法读取文件：{0}");
        public static readonly DiagnosticKind TooLarge = new(Codes.Unreadable, "文件过大（{0} 字节，上限 {1} 字节）");
        public static readonly DiagnosticKind NotAFile = new(Codes.Unreadable, "“{0}”不是普通文件（而是文件夹、管道或设备），不会读取");
        public static readonly DiagnosticKind OutsideRoot = new(Codes.Unreadable, "“{0}”是指向“{1}”之外（{2}）的链接，已拒绝");
        public static readonly DiagnosticKind TooManyLinks = new(Codes.Unreadable, "路径“{0}”中的链接层数过多（可能是循环链接）");
        public static readonly DiagnosticKind InvalidUtf8 = new(Codes.Unreadable, "文件不是有效的 UTF-8 编码（第 {0} 字节附近）");
        public static readonly DiagnosticKind Syntax = new(Codes.Syntax, "YAML 语法错误：{0}");
        public static readonly DiagnosticKind EmptyDocument = new(Codes.Syntax, "文件为空，没有任何内容");
        public static readonly DiagnosticKind DuplicateKey = new(Codes.Syntax, "字段“{0}”重复出现（第一次在第 {1} 行）", "请删除其中一个。");

        // What follows "YAML 语法错误：".
        public static readonly Phrase AliasRefused = new("数据文件不允许使用锚点（&）和别名（*）");
        public static readonly Phrase TooDeep = new("嵌套层次过深（超过 {0} 层）");
        public static readonly Phrase TooManyNodes = new("文件中的条目过多（超过 {0} 个），数据文件不需要这么多条目");
        public static readonly Phrase ListTooLong = new("列表过长（超过 {0} 项），请拆分");
        public static readonly Phrase KeyNotText = new("字段名必须是简单文字");
        public static readonly Phrase UnknownStructure = new("无法识别的 YAML 结构");
        public static readonly Phrase OneDocumentOnly = new("一个文件只能有一个文档（请删除多余的“---”）");
        public static readonly Phrase UnparsableAfter = new("此处之后的内容无法解析（可能含有不可见的控制字符，或结构过于庞大），请检查");
        public static readonly Phrase DuplicateKeyDetail = new("字段重复出现：{0}");
        public static readonly Phrase ColonInText = new("此处不能出现“: ”，若是文字请整体加引号（原文：{0}）");
        public static readonly Phrase IncompleteStructure = new("缩进或结构不完整，请检查本行及上一行的缩进（原文：{0}）");
        public static readonly Phrase TabIndent = new("YAML 不允许用制表符（Tab）缩进，请改用空格（原文：{0}）");

        /// <summary>Found where no file could be read at all, for messages naming the reason (fonts, templates).</summary>
        public static readonly Phrase ProblemNotAFile = new("不是普通文件（而是文件夹、管道或设备）");
        public static readonly Phrase ProblemTooLarge = new("文件过大（{0} 字节，上限 {1} 字节）");
        public static readonly Phrase ProblemOutsideRoot = new("是指向允许的文件夹之外（{0}）的链接");
        public static readonly Phrase ProblemTooManyLinks = new("路径中的链接层数过多（可能是循环链接）");
    }
}
