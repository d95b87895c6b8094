namespace ReportGen.Documents.Diagnostics;

public static partial class Catalog
{
    /// <summary>The E-codes: input, template and tool problems. (The rules R1 … are in <see cref="Rules"/>.)</summary>
    public static class Codes
    {
        public static readonly DiagnosticCode Unreadable = new("E0001", Severity.Error, "文件无法读取",
            "请确认文件存在、未被其他程序占用，并以 UTF-8 编码保存（VS Code 右下角可查看和更改编码）。");
        public static readonly DiagnosticCode Syntax = new("E0002", Severity.Error, "YAML 语法错误",
            "请检查这一行和上一行：缩进只能用空格、冒号后要有空格、引号要成对。");
        public static readonly DiagnosticCode ReadWrite = new("E0003", Severity.Error, "读写文件失败");
        public static readonly DiagnosticCode UnknownKey = new("E0101", Severity.Error, "未知的字段");
        public static readonly DiagnosticCode WrongType = new("E0102", Severity.Error, "类型不符",
            "请按说明改为正确的写法；文字以特殊符号开头或含“: ”时，请整体加引号。");
        public static readonly DiagnosticCode Missing = new("E0103", Severity.Error, "缺少必填字段");
        public static readonly DiagnosticCode InvalidValue = new("E0104", Severity.Error, "取值无效", "请按上面的说明改正这个值。");
        public static readonly DiagnosticCode NegativeCount = new("E0105", Severity.Error, "计数为负数", "统计数不能为负数：没有就填 0。");
        public static readonly DiagnosticCode NonIntegerCount = new("E0106", Severity.Error, "计数不是整数", "统计数只能是整数，如 3；金额类（万元）才可以有小数。");
        public static readonly DiagnosticCode UnknownStatistic = new("E0108", Severity.Error, "统计表中没有此项");
        public static readonly DiagnosticCode FileMismatch = new("E0109", Severity.Error, "文件位置与内容不符",
            "文件应放在 data/<agency.id>/<year>.yaml：请改正字段，或把文件移到对应的文件夹、改成对应的文件名。");
        public static readonly DiagnosticCode UnknownFormat = new("E0110", Severity.Error, "未知的报告格式", "format 应为 templates/ 下某个格式文件夹的名字。");
        public static readonly DiagnosticCode UnknownRule = new("E0111", Severity.Error, "未知的规则编号");
        public static readonly DiagnosticCode Citation = new("E0112", Severity.Error, "引用无效");
        public static readonly DiagnosticCode DerivedTyped = new("E0113", Severity.Error, "合计由工具计算");
        public static readonly DiagnosticCode RequiredCell = new("E0114", Severity.Error, "单元格必须填写");
        public static readonly DiagnosticCode UnusedAcknowledgement = new("E0115", Severity.Warning, "确认保留的规则没有发现问题",
            "问题已经改正时，删除这一条 acknowledge 即可。");
        /// <summary>A warning in <c>check</c> (staff write over days), an error in <c>build</c> (never published unfinished).</summary>
        public static readonly DiagnosticCode Draft = new("E0120", Severity.Warning, "草稿未完成");
        public static readonly DiagnosticCode Template = new("E0201", Severity.Error, "模板出错");
        public static readonly DiagnosticCode TemplateUndefined = new("E0202", Severity.Error, "模板引用了未定义的名字");
        public static readonly DiagnosticCode MarkupElement = new("E0203", Severity.Error, "未知的标记元素");
        public static readonly DiagnosticCode Markup = new("E0204", Severity.Error, "模板输出的标记有误");
        public static readonly DiagnosticCode FormatDefinition = new("E0301", Severity.Error, "格式定义前后不一致",
            "格式定义（templates/<格式>/format.yaml）由技术人员维护：请把这条信息转给他们。");
        public static readonly DiagnosticCode Internal = new("E0900", Severity.Error, "内部错误");
        public static readonly DiagnosticCode FontUnreadable = new("E0901", Severity.Error, "字体文件无法读取");
        public static readonly DiagnosticCode FontNotEmbeddable = new("E0902", Severity.Error, "字体不可嵌入");
        public static readonly DiagnosticCode MissingGlyph = new("E0903", Severity.Error, "字符没有字形");
    }
}
