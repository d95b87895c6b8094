namespace ReportGen.Documents.Diagnostics;

public static partial class Catalog
{
    /// <summary>Running the templates and reading the report markup they write (the Templating stage).</summary>
    public static class Templates
    {
        public static readonly DiagnosticKind Syntax = new(Codes.Template, "模板语法错误：{0}");
        public static readonly DiagnosticKind Runtime = new(Codes.Template, "模板执行出错：{0}");
        public static readonly DiagnosticKind Undefined = new(Codes.TemplateUndefined, "模板引用了未定义的变量或函数：{0}");
        public static readonly DiagnosticKind UnknownElement = new(Codes.MarkupElement, "模板中使用了未知的标记元素 <{0}>",
            "可用：report、title、line、h1–h4、p、b、br、table、col、thead、tbody、tr、th、td、figure、signature、signer、pagebreak");
        public static readonly DiagnosticKind BadMarkup = new(Codes.Markup, "模板输出的标记格式有误：{0}");
        public static readonly DiagnosticKind RootElement = new(Codes.Markup, "模板输出的根元素必须是 <report>");
        public static readonly DiagnosticKind TextOutsideParagraph = new(Codes.Markup, "文字“{0}”不在任何段落元素内");
        public static readonly DiagnosticKind TextNotAllowedHere = new(Codes.Markup, "文字“{0}”不能直接放在此处");
        public static readonly DiagnosticKind UnknownChart = new(Codes.Markup, "图表数据 data=\"{0}\" 不是本报告中的图表");
        public static readonly DiagnosticKind UnknownPicture = new(Codes.Markup, "图片“{0}”不是数据文件中引用的图片");
        public static readonly DiagnosticKind UnreadablePicture = new(Codes.Markup, "图片“{0}”无法读取：{1}");
        public static readonly DiagnosticKind ParagraphKind = new(Codes.Markup, "段落类型 kind=\"{0}\" 无效，可选：body、plain、centered、right、note");
        public static readonly DiagnosticKind BadSpan = new(Codes.Markup, "{0}=\"{1}\" 无效，应为正整数");

        // What follows "模板执行出错：" when the template loader refuses a name.
        public static readonly Phrase BadTemplateName = new("模板名“{0}”无效：只能引用模板文件夹内的文件");
        public static readonly Phrase TemplateNotFound = new("找不到模板“{0}”");
        public static readonly Phrase TemplateLinkOutside = new("模板“{0}”是指向模板文件夹之外的链接，已拒绝");
        public static readonly Phrase TemplateUnreadable = new("无法读取模板“{0}”：{1}");
        /// <summary>Scriban's limits, as an office sees them when its own template runs away.</summary>
        public static readonly Phrase IterationLimit = new("循环次数超过上限 {0}，请检查模板中的循环");
        public static readonly Phrase RecursionLimit = new("调用层数超过上限 {0}（{1}），请检查模板中的递归");
        public static readonly Phrase RangeLimit = new("范围表达式超过循环上限 {0}");
        public static readonly Phrase PaddingLimit = new("填充宽度 {0} 超过上限 {1}");
        public static readonly Phrase OutputLimit = new("模板输出过长（超过 {0} 个字符），请检查模板中的循环");
        public static readonly Phrase StringLimit = new("模板中的文字过长（超过 {0} 个字符）");
        /// <summary>The name of the rendered markup in positions: the main template, then （输出）.</summary>
        public static readonly Phrase Output = new("{0}（输出）");
        public static readonly Phrase UnnamedTemplate = new("模板");
    }

    /// <summary>Batch and tool problems (the Building stage).</summary>
    public static class Building
    {
        public static readonly DiagnosticKind ReadWrite = new(Codes.ReadWrite, "读写文件失败：{0}");
        public static readonly DiagnosticKind Internal = new(Codes.Internal, "内部错误（请报告此问题）：{0}: {1}");
        public static readonly Phrase DataFileLinkOutside = new("数据文件“{0}”是指向数据文件夹“{1}”之外（{2}）的链接，已拒绝；请把文件复制进来，而不是链接");
        public static readonly Phrase PathNotFound = new("找不到文件或文件夹：{0}");
        public static readonly Phrase BadShard = new("分片“{0}”无效，应写作 i/n，1 ≤ i ≤ n，如 --shard 2/8");
    }

    /// <summary>Writing documents: fonts and glyphs (the Writers and Layout stages).</summary>
    public static class Writing
    {
        /// <summary>{0} the file, {1} which face of a collection (or empty), {2} why it could not be read.</summary>
        public static readonly DiagnosticKind FontUnreadable = new(Codes.FontUnreadable, "无法读取配置的字体文件“{0}”{1}：{2}", "请检查字体路径配置。");
        public static readonly Phrase FontFace = new("（字体集合中的第{0}个字体）");
        public static readonly DiagnosticKind FontNotEmbeddable = new(Codes.FontNotEmbeddable, "配置的字体“{0}”不是可嵌入的TrueType或OpenType字体。",
            "请改用许可允许嵌入的TrueType或OpenType（CFF）字体。");
        /// <summary>{0} the character, {1} its code point, {2} the fonts tried.</summary>
        public static readonly DiagnosticKind MissingGlyph = new(Codes.MissingGlyph, "字符“{0}”（{1}）在所有可用字体中都没有字形，无法生成PDF。已尝试的字体：{2}。",
            "请改用常用字，或在字体配置中指定包含该字符的字体。");
        public static readonly Phrase NoFonts = new("（无可用字体）");
        public static readonly Phrase TitleFont = new("标题字体");
        public static readonly Phrase Heading1Font = new("一级标题字体");
        public static readonly Phrase Heading2Font = new("二级标题字体");
        public static readonly Phrase TableFont = new("表格字体");
        public static readonly Phrase PageNumberFont = new("页码字体");
        public static readonly Phrase BodyFont = new("正文字体");
    }
}
