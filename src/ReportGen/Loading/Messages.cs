namespace ReportGen.Loading;

/// <summary>The Chinese texts of load-stage diagnostics, one typed method each, kept in one place.</summary>
internal static class Messages
{
    public static string CannotRead(string reason) => $"无法读取文件：{reason}";
    public static string InvalidUtf8(long offset) => $"文件不是有效的 UTF-8 编码（第 {offset} 字节附近）";
    public static string TooLarge(long bytes, long limit) => $"文件过大（{bytes} 字节，上限 {limit} 字节）";
    public static string YamlSyntax(string detail) => $"YAML 语法错误：{detail}";
    public static string AliasRefused => "数据文件不允许使用锚点（&）和别名（*）";
    public static string TooDeep(int limit) => $"嵌套层次过深（超过 {limit} 层）";
    public static string EmptyDocument => "文件为空，没有任何内容";
    public static string UnknownKey(string key) => $"未知的字段“{key}”";
    public static string DidYouMean(string suggestion) => $"是否想写“{suggestion}”？";
    public static string AllowedKeys(IEnumerable<string> keys) => "可用的字段：" + string.Join("、", keys);
    public static string ExpectedMapping => "此处应为键值对（字段: 值）";
    public static string ExpectedList => "此处应为列表（每项以“- ”开头）";
    public static string ExpectedText => "此处应为文字";
    public static string ExpectedTextNotNumber => "此处应为文字；若内容是数字（如邮编、电话），请加引号";
    public static string Missing(string field) => $"缺少必填字段“{field}”";
    public static string EmptyValue => "值不能为空";
    public static string ExpectedInteger(string found) => $"应为整数，实际为“{found}”";
    public static string ExpectedNumber(string found) => $"应为数字，实际为“{found}”";
    public static string QuotedNumber(string found) => $"应为数字，实际为带引号的文字“{found}”";
    public static string Negative(string found) => $"计数不能为负数（{found}）";
    public static string NotInteger(string found) => $"计数必须是整数（{found}）";
    public static string TooManyDecimals(string found) => $"金额最多保留 4 位小数（{found}）";
    public static string NumberTooLarge(string found) => $"数值过大（{found}）";
    public static string InvalidDate(string found) => $"日期无效：“{found}”，应写作 YYYY-MM-DD，如 2024-01-20";
    public static string InvalidChoice(string found, IEnumerable<string> allowed) => $"“{found}”不是有效取值，可选：{string.Join("、", allowed)}";
    public static string UnknownFormat(string found, IEnumerable<string> known) => $"未知的报告格式“{found}”，可选：{string.Join("、", known)}";
    public static string UnknownRow(string key, string table) => $"统计表“{table}”中没有“{key}”这一行";
    public static string UnknownColumn(string key, string table) => $"统计表“{table}”中没有“{key}”这一列";
    public static string UnknownTable(string key) => $"没有名为“{key}”的统计表";
    public static string NotADataRow(string key) => $"“{key}”是分组标题行，不填数值";
    public static string DerivedIsComputed(string label) => $"“{label}”由工具自动计算，请勿填写";
    public static string RequiredCell(string label) => $"“{label}”必须填写（没有就填 0）";
    public static string UnknownRule(string id) => $"未知的规则编号“{id}”";
    public static string AgencyFolderMismatch(string id, string folder) => $"agency.id 为“{id}”，但文件所在文件夹为“{folder}”";
    public static string YearFileMismatch(int year, string file) => $"year 为 {year}，但文件名为“{file}”";
    public static string YearOutOfRange(int year) => $"年度 {year} 不在合理范围（2008–2100）";
    public static string BadAgencyId(string id) => $"agency.id“{id}”只能包含小写字母、数字和连字符";
    public static string BodyItemShape => "正文条目应为一段文字，或 figure:（图）、table:（表）、heading: + body:（下级标题）之一";
    public static string TooDeepSections => "标题最多四级";
    public static string UnknownCitation(string reference) => $"引用“${{{reference}}}”不存在";
    public static string BadCitation(string reference) => $"引用“${{{reference}}}”写法有误";
    public static string CitationHint => "写法：${行} 或 ${表.行.列}，百分比 ${行:pct}；字面的“${”请写作“$${”";
    public static string NarrativeNeedsFixedOutline(string format) => $"格式“{format}”的章节由数据自定，narrative: 只用于固定章节的格式（如 2021）";
    public static string SectionsInFixedOutline(string format) => $"格式“{format}”的六个部分由格式规定，请用 narrative: 按部分填写正文，不用 sections:";
    public static string NotANarrativeSection(string key, IEnumerable<string> keys) => $"“{key}”不是可填写正文的部分，可选：{string.Join("、", keys)}";
    public static string CitationNeedsPrevious(string reference) => $"引用“${{{reference}}}”需要上一年度的数据文件，但未找到";
}
