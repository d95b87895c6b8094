namespace ReportGen.Documents.Diagnostics;

public static partial class Catalog
{
    /// <summary>Reading a data file into typed values: shapes, types, choices, statistics, figures (the Loading stage).</summary>
    public static class Data
    {
        // Shapes and types of any field (also of format definitions).
        public static readonly DiagnosticKind UnknownKey = new(Codes.UnknownKey, "未知的字段“{0}”");
        public static readonly DiagnosticKind ExpectedMapping = new(Codes.WrongType, "此处应为键值对（字段: 值）");
        public static readonly DiagnosticKind ExpectedList = new(Codes.WrongType, "此处应为列表（每项以“- ”开头）");
        public static readonly DiagnosticKind ExpectedText = new(Codes.WrongType, "此处应为文字");
        public static readonly DiagnosticKind ExpectedTextNotNumber = new(Codes.WrongType, "此处应为文字；若内容是数字（如邮编、电话），请加引号");
        public static readonly DiagnosticKind EmptyValue = new(Codes.WrongType, "值不能为空");
        public static readonly DiagnosticKind ExpectedInteger = new(Codes.WrongType, "应为整数，实际为“{0}”");
        public static readonly DiagnosticKind ExpectedFlag = new(Codes.WrongType, "应为 true 或 false，实际为“{0}”");
        public static readonly DiagnosticKind Missing = new(Codes.Missing, "缺少必填字段“{0}”", "请在此处补充“{0}: …”。");
        public static readonly DiagnosticKind InvalidDate = new(Codes.InvalidValue, "日期无效：“{0}”，应写作 YYYY-MM-DD，如 2024-01-20");
        public static readonly DiagnosticKind InvalidChoice = new(Codes.InvalidValue, "“{0}”不是有效取值，可选：{1}");

        // Statistics values. A format that lists R5 reports the last three under R5 (see DiagnosticKind.Under).
        public static readonly DiagnosticKind ExpectedNumber = new(Codes.WrongType, "应为数字，实际为“{0}”");
        public static readonly DiagnosticKind NumberTooLarge = new(Codes.InvalidValue, "数值过大（{0}）");
        public static readonly DiagnosticKind QuotedNumber = new(Codes.WrongType, "应为数字，实际为带引号的文字“{0}”", "请去掉引号。");
        public static readonly DiagnosticKind Negative = new(Codes.NegativeCount, "计数不能为负数（{0}）");
        public static readonly DiagnosticKind NotInteger = new(Codes.NonIntegerCount, "计数必须是整数（{0}）");
        public static readonly DiagnosticKind TooManyDecimals = new(Codes.NonIntegerCount, "金额最多保留 4 位小数（{0}）");

        // The report's own fields.
        public static readonly DiagnosticKind YearOutOfRange = new(Codes.InvalidValue, "年度 {0} 不在合理范围（2008–2100）");
        public static readonly DiagnosticKind BadAgencyId = new(Codes.InvalidValue, "agency.id“{0}”只能包含小写字母、数字和连字符");
        public static readonly DiagnosticKind AgencyFolderMismatch = new(Codes.FileMismatch, "agency.id 为“{0}”，但文件所在文件夹为“{1}”");
        public static readonly DiagnosticKind YearFileMismatch = new(Codes.FileMismatch, "year 为 {0}，但文件名为“{1}”");
        public static readonly DiagnosticKind UnknownFormat = new(Codes.UnknownFormat, "未知的报告格式“{0}”，可选：{1}");
        public static readonly DiagnosticKind NarrativeNeedsFixedOutline = new(Codes.UnknownKey,
            "格式“{0}”的章节由数据自定，narrative: 只用于固定章节的格式（如 2021）", "请改用 sections: 列表。");
        public static readonly DiagnosticKind SectionsInFixedOutline = new(Codes.UnknownKey,
            "格式“{0}”的六个部分由格式规定，请用 narrative: 按部分填写正文，不用 sections:", "请改用 narrative: 键值对。");
        public static readonly DiagnosticKind NotANarrativeSection = new(Codes.UnknownKey, "“{0}”不是可填写正文的部分，可选：{1}");
        public static readonly DiagnosticKind BodyItemShape = new(Codes.WrongType, "正文条目应为一段文字，或 figure:（图）、table:（表）、heading: + body:（下级标题）之一");
        public static readonly DiagnosticKind TooDeepSections = new(Codes.InvalidValue, "标题最多四级");
        public static readonly DiagnosticKind RollupWithStatistics = new(Codes.InvalidValue,
            "汇总报告的统计数据由各成员自动汇总，不能另行填写", "请删除 statistics，或删除 members。");
        public static readonly DiagnosticKind UnknownRule = new(Codes.UnknownRule, "未知的规则编号“{0}”");
        public static readonly DiagnosticKind HistoryYear = new(Codes.InvalidValue, "应为整数，实际为“{0}”", "history 的键是年份，如 2017:");

        // Statistics tables. Loading reports the last two under the rule the format names for the cell (R2 … R6) when it names one.
        public static readonly DiagnosticKind UnknownRow = new(Codes.UnknownStatistic, "统计表“{1}”中没有“{0}”这一行");
        public static readonly DiagnosticKind UnknownColumn = new(Codes.UnknownStatistic, "统计表“{1}”中没有“{0}”这一列");
        public static readonly DiagnosticKind NotADataRow = new(Codes.UnknownStatistic, "“{0}”是分组标题行，不填数值");
        public static readonly DiagnosticKind UnknownTable = new(Codes.UnknownStatistic, "没有名为“{0}”的统计表");
        public static readonly DiagnosticKind DerivedIsComputed = new(Codes.DerivedTyped, "“{0}”由工具自动计算，请勿填写", "请删除这一项。");
        public static readonly DiagnosticKind RequiredCell = new(Codes.RequiredCell, "“{0}”必须填写（没有就填 0）");

        // Figures.
        public static readonly DiagnosticKind FigureId = new(Codes.InvalidValue, "图的引用名“{0}”只能包含小写字母、数字、连字符和下划线");
        public static readonly DiagnosticKind ChartNeedsRows = new(Codes.Missing, "图表需要 rows（统计表中的行）或 series", "例如 rows: [a2_2, a2_4, a2_5]");
        public static readonly DiagnosticKind PictureFormat = new(Codes.InvalidValue, "图片“{0}”格式不支持，只能用 PNG、JPEG 或 SVG");
        public static readonly DiagnosticKind PicturePath = new(Codes.InvalidValue, "图片路径“{0}”无效：只能引用数据文件夹内的文件（不能用绝对路径或“..”）");
        public static readonly DiagnosticKind PictureMissing = new(Codes.InvalidValue, "找不到图片文件“{0}”（{1}）");
        public static readonly DiagnosticKind PictureLinkOutside = new(Codes.InvalidValue, "图片“{0}”是指向工作区以外的链接，已拒绝");
        public static readonly DiagnosticKind PictureTooLarge = new(Codes.InvalidValue, "图片“{0}”过大（{1} MB，上限 20 MB）");
        public static readonly DiagnosticKind PictureNotAFile = new(Codes.InvalidValue, "图片“{0}”不是普通文件，已拒绝");

        // Roll-up members as found on disk.
        public static readonly DiagnosticKind MemberFolderOutside = new(Codes.InvalidValue, "成员“{0}”的文件夹是指向数据文件夹之外的链接，已拒绝");
        public static readonly DiagnosticKind MemberFileOutside = new(Codes.InvalidValue, "成员“{0}”的数据文件是指向数据文件夹之外的链接，已拒绝");

        // Drafts written by reportgen new.
        public static readonly DiagnosticKind Draft = new(Codes.Draft, "草稿未完成：这段文字还是“待填写”",
            "请把这一行改写为本年度的正文（删去“{0}”），上年原文在下方注释中可供参考。");
    }

    /// <summary>What the model computes from the loaded data: citations, chart data.</summary>
    public static class Model
    {
        public static readonly DiagnosticKind UnknownCitation = new(Codes.Citation, "引用“${{{0}}}”不存在",
            "写法：${{行}} 或 ${{表.行.列}}，百分比 ${{行:pct}}；字面的“${{”请写作“$${{”");
        public static readonly DiagnosticKind BadCitation = new(Codes.Citation, "引用“${{{0}}}”写法有误",
            "写法：${{行}} 或 ${{表.行.列}}，百分比 ${{行:pct}}；字面的“${{”请写作“$${{”");
        public static readonly DiagnosticKind ChartUnknownTable = new(Codes.Citation, "没有名为“{0}”的统计表");
        public static readonly DiagnosticKind ChartNotARow = new(Codes.Citation, "图表引用的“{0}”不是统计表中的行");
        public static readonly DiagnosticKind ChartNotADataCell = new(Codes.Citation, "图表引用的“{0}”不是数据行或列不存在");
    }
}
