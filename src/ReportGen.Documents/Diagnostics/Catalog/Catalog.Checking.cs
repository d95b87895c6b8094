namespace ReportGen.Documents.Diagnostics;

public static partial class Catalog
{
    /// <summary>
    /// What the rules (Checking/Rules) find, one kind per message, each under its rule's code. Table
    /// cells are named as 表三“一、本年新收…”／“总计” (built by the rule from the format's labels).
    /// </summary>
    public static class Checking
    {
        public static readonly DiagnosticKind UnusedAcknowledgement = new(Codes.UnusedAcknowledgement, "确认保留的规则 {0}{1} 没有发现问题，这条确认可以删除");

        /// <summary>{0} table, {1} column, {2}/{4} the sums written out, {3}/{5} their values; hint {6} the row to correct, {7} expected, {8} found.</summary>
        public static readonly DiagnosticKind R1Identity = new(Rules.R1, "{0}“{1}”列：{2} = {3}，应等于 {4} = {5}", "按勾稽关系，“{6}”／“{1}”应为 {7}，实为 {8}。");
        /// <summary>R2, R3, R4: {0} the cell, {1} the sum of its parts, {2} its value.</summary>
        public static readonly DiagnosticKind ComputedTotal = new(Rules.R2, "{0}应为各分项之和 {1}，实为 {2}");
        /// <summary>{0} the cell, {1} what is wrong with it, {2} its value.</summary>
        public static readonly DiagnosticKind R5Value = new(Rules.R5, "{0}{1}，实为 {2}");
        public static readonly Phrase R5Negative = new("不能为负数");
        public static readonly Phrase R5NotInteger = new("必须是整数");
        public static readonly Phrase R5TooManyDecimals = new("最多保留 4 位小数");
        public static readonly DiagnosticKind R6Blank = new(Rules.R6, "{0}没有填写", "没有数据时请填 0。");
        /// <summary>{0} the format's name, {1}–{2} its first and last year, {3} the report year.</summary>
        public static readonly DiagnosticKind R7FormatYear = new(Rules.R7, "格式“{0}”适用于{1}—{2}年度的报告，本报告为{3}年度",
            "沿用过时格式（如2021年以后仍用2019年的表二栏目）是常见错误。");
        public static readonly DiagnosticKind R7SectionOrder = new(Rules.R7, "第 {0} 部分应为“{1}”，实为“{2}”");
        public static readonly Phrase R7Absent = new("（缺）");
        public static readonly DiagnosticKind R7NoTable = new(Rules.R7, "“{0}”缺少统计表");
        public static readonly DiagnosticKind R7Empty = new(Rules.R7, "“{0}”没有内容", "请在 narrative.{1} 下填写正文。");
        public static readonly DiagnosticKind R7SectionCount = new(Rules.R7, "报告有 {0} 个部分，格式规定 {1} 个");
        public static readonly DiagnosticKind R8Subtopic = new(Rules.R8, "“{0}”缺少“{1}”方面的内容", "请在 {2} 下填写。");
        /// <summary>{0} the section, {1} the data's own sub-heading, {2} the aspect, {3} the words that would name it; hint {4} the field.</summary>
        public static readonly DiagnosticKind R8Heading = new(Rules.R8, "“{0}”的小标题“{1}”没有体现“{2}”方面（应含“{3}”等词）",
            "请改写 {4} 的 heading，或删去它，使用默认小标题。");
        public static readonly DiagnosticKind R8Government = new(Rules.R8, "人民政府的报告应在“{0}”中说明{1}，未见“{2}”", "条例第五十条第（四）项。");
        public static readonly DiagnosticKind R9Unreadable = new(Rules.R9, "上年数据文件 {0} 有错误，未能进行跨年度核对", "请先运行 reportgen check {0}。");
        /// <summary>{0} the cell, {1} its value, {2} last year's file, {3}/{4} last year's row and column, {5} last year's value; hint {6} the file compared with.</summary>
        public static readonly DiagnosticKind R9CarryOver = new(Rules.R9, "{0}为 {1}，上年报告（{2}）“{3}”／“{4}”为 {5}，两者应相等", "已与 {6} 比较。");
        /// <summary>{0} the cell, {1} its value, {2} last year's file, {3} last year's stock, {4}/{5} added, {6}/{7} removed, {8} expected.</summary>
        public static readonly DiagnosticKind R10Stock = new(Rules.R10, "{0}为 {1}，按上年（{2}）{3} + 本年“{4}”{5} − “{6}”{7} 应为 {8}",
            "修订、自然失效等可使两者不同；如属此类，请在 acknowledge: 中说明。");
        /// <summary>{0} the cell, {1} its value, {2} last year's file, {3} stock label, {4} added label, {5} the bound.</summary>
        public static readonly DiagnosticKind R11Repeal = new(Rules.R11, "{0}为 {1}，超过上年（{2}）“{3}”与本年“{4}”之和 {5}");
        /// <summary>{0} the sentence, {1} the quantity's name, {2} stated, {3} the cell(s), {4} their value; hint {5} the citation to use.</summary>
        public static readonly DiagnosticKind R12Figure = new(Rules.R12, "正文“{0}”所述{1}为 {2}，但{3}为 {4}", "请改用引用 ${{{5}}}，正文与表格便不会不一致。");
        public static readonly DiagnosticKind R12FigureOfSum = new(Rules.R12, "正文“{0}”所述{1}为 {2}，但{3}为 {4}");
        /// <summary>{0} the sentence, {1} the number as written, {2} the cell(s), {3} their value (and other readings); hint {4} the citation.</summary>
        public static readonly DiagnosticKind R12Stated = new(Rules.R12, "正文“{0}”中的“{1}”与{2}不一致：表格为 {3}", "请改用引用 ${{{4}}}，正文与表格便不会不一致。");
        public static readonly DiagnosticKind R12StatedSum = new(Rules.R12, "正文“{0}”中的“{1}”与{2}不一致：表格为 {3}", "请核对正文或表格。");
        /// <summary>{0} the other readings accepted, e.g. “（含上年结转为 54）”.</summary>
        public static readonly Phrase R12OrReading = new("，或 {0}（{1}）");
        /// <summary>{0} the sentence, {1} the percentage as written, {2} the cell, {3} its value, {4} the base, {5} its value, {6} the share.</summary>
        public static readonly DiagnosticKind R12Share = new(Rules.R12, "正文“{0}”中的“{1}”与表格不符：{2} {3} 占{4} {5} 应为 {6}%",
            "请用 ${{表.行.列:pct}} 引用百分比，由表格计算。");
        /// <summary>{0} the sentence, {1} the number as written, {2} the cell; hint {3} the citation.</summary>
        public static readonly DiagnosticKind R12UseCitation = new(Rules.R12, "正文“{0}”中的“{1}”与{2}相同，可改用引用 ${{{3}}}", "引用的数字随表格更新，表格改动后正文不会遗漏。");
        /// <summary>{0} the sentence, {1} count, {2} unit, {3} base, {4} expected (formatted), {5} stated.</summary>
        public static readonly DiagnosticKind R13Share = new(Rules.R13, "正文“{0}”：{1}{2}占 {3}{2} 应为 {4}%（四舍五入），正文为 {5}%",
            "请由统计数据计算百分比（如 ${{表.行.列:pct}}），不要为凑足100%调整某一项。");
        /// <summary>{0} count, {1} unit, {2}/{3} the two percentages; hint {4} the line of the first.</summary>
        public static readonly DiagnosticKind R13Inconsistent = new(Rules.R13, "同一数值 {0}{1} 在正文中给出了不同的百分比：{2}% 与 {3}%", "前一处：第 {4} 行");
        public static readonly DiagnosticKind R14TitleYear = new(Rules.R14, "标题年份（{0}）与报告年度（{1}）不一致");
        public static readonly DiagnosticKind R14Period = new(Rules.R14, "统计期限（{0}年至{1}年）与报告年度（{2}）不一致");
        public static readonly DiagnosticKind R15NoDate = new(Rules.R15, "报告没有成文日期", "请填写 date: YYYY-MM-DD。");
        public static readonly DiagnosticKind R15TooEarly = new(Rules.R15, "成文日期 {0:yyyy年M月d日} 早于统计期限结束（{1:yyyy年M月d日}）", "应在 {2}年1月1日 之后。");
        public static readonly DiagnosticKind R15Late = new(Rules.R15, "成文日期 {0:yyyy年M月d日} 晚于法定期限 {1:yyyy年M月d日}");
        /// <summary>{0} table, {1} row, {2} "／column" or empty, {3} the sum, {4} the published total; hint {5} the parts.</summary>
        public static readonly DiagnosticKind R16Sum = new(Rules.R16, "{0}“{1}”{2}应为各分项之和 {3}，实为 {4}", "分项：{5}");
        public static readonly DiagnosticKind R17AtMost = new(Rules.R17, "“{0}”（{1}）不应大于“{2}”（{3}）");
        /// <summary>{0} the start of the heading, {1} its number, {2} the expected number, {3} the rank (一、 …).</summary>
        public static readonly DiagnosticKind R18Gap = new(Rules.R18, "序号不连续：“{0}…”为第 {1} 项，应为第 {2} 项（{3}级）");
        public static readonly DiagnosticKind R19Unit = new(Rules.R19, "正文“{0}”中{1}的单位为“{2}”，统计表的单位为“{3}”");
        public static readonly DiagnosticKind R20NoFeeStatement = new(Rules.R20, "“{0}”未说明收取{1}的情况", "例如：“本年度未收取信息处理费。”或“共收取信息处理费N件、M元。”");
        public static readonly DiagnosticKind R20NoNotice = new(Rules.R20, "{0}为 {1}，说明发出过收费通知，但“{2}”未提及（{3}）");
        public static readonly DiagnosticKind R21HalfWidth = new(Rules.R21, "格式定义中的标签“{0}”含半角标点“{1}”，官方格式用全角“{2}”");
        public static readonly DiagnosticKind R21Enumerator = new(Rules.R21, "格式定义中的标签“{0}”序号写法有误：官方格式为半角数字加半角句点，其后不空格（如“1.属于国家秘密”）");
        public static readonly DiagnosticKind R22Total = new(Rules.R22, "正文中自然人 {0} 件 + 法人或其他组织 {1} 件 = {2} 件，与所述总数 {3} 件不符");
        public static readonly DiagnosticKind R22Part = new(Rules.R22, "正文中{0}申请 {1} 件，表三“{0}”为 {2} 件（本年新收，或本年新收加上年结转）");
        public static readonly Phrase R22NaturalPerson = new("自然人");
        public static readonly Phrase R22LegalPerson = new("法人或其他组织");
        public static readonly Phrase Or = new(" 或 ");
        /// <summary>{0} the sentence, {1} what it says there is none of, {2} the cell(s), {3} their value.</summary>
        public static readonly DiagnosticKind R25Negative = new(Rules.R25, "正文“{0}”说没有{1}，但{2}为 {3}", "请核对表格，或改写正文。");
        /// <summary>{0} the sentence, {1} the universal word (办结、审结、维持、予以公开), {2} the cell(s) that must be 0, {3} their value.</summary>
        public static readonly DiagnosticKind R26Universal = new(Rules.R26, "正文“{0}”说全部“{1}”，但{2}为 {3}", "请核对表格，或如实写明例外（如“其余N件结转下年度继续办理”）。");
        /// <summary>{0} the cell(s), {1} their value; hint {2} where to write.</summary>
        public static readonly DiagnosticKind R27Unmentioned = new(Rules.R27, "{0}为 {1}，正文没有提到", "请在{2}中说明（可引用表格数字），审核时会被问到。");
        /// <summary>{0} the title, {1} what it lacks.</summary>
        public static readonly DiagnosticKind R28Missing = new(Rules.R28, "标题“{0}”中没有“{1}”", "报告名称为“机关名称+年度+政府信息公开工作年度报告”。");
        public static readonly DiagnosticKind R28Agency = new(Rules.R28, "标题“{0}”中没有机关名称“{1}”", "报告名称为“机关名称+年度+政府信息公开工作年度报告”；若标题用了简称，请在 acknowledge: 中说明。");
        /// <summary>{0} what (a heading, a label), {1} the workspace's text, {2} the official text, {3} the format file.</summary>
        public static readonly DiagnosticKind R29Label = new(Rules.R29, "{3} 中的{0}“{1}”与官方格式“{2}”不同",
            "官方格式的文字是固定的，请恢复为官方文字；如有意改动，请在 acknowledge: 中说明理由。");
        /// <summary>{0} the rule, {1} the format file.</summary>
        public static readonly DiagnosticKind R29Severity = new(Rules.R29, "{1} 把规则 {0} 降为警告，官方格式中为错误", "如有意降低，请在 acknowledge: 中说明理由。");
        public static readonly Phrase R29SectionHeading = new("部分标题");
        public static readonly Phrase R29TableName = new("表名");
        public static readonly Phrase R29RowLabel = new("行标签");
        public static readonly Phrase R29ColumnLabel = new("列标签");
        public static readonly Phrase R29HeaderCell = new("表头");
        public static readonly Phrase R29BlockCaption = new("表块标题");
        public static readonly DiagnosticKind R23Missing = new(Rules.R23, "汇总成员“{0}”没有数据文件（应为 {1}），汇总数不完整");
        public static readonly DiagnosticKind R23WrongYear = new(Rules.R23, "汇总成员“{0}”只有 {1} 年的数据，与本报告年度 {2} 不同");
        public static readonly DiagnosticKind R23WrongFormat = new(Rules.R23, "汇总成员“{0}”的报告格式与本报告不同，无法汇总");
        public static readonly DiagnosticKind R23Invalid = new(Rules.R23, "汇总成员“{0}”的数据文件有错误（{1}），请先修正它");
        public static readonly DiagnosticKind R24Missing = new(Rules.R24, "图表“{0}”引用的数据不存在：{1}（缺失或有错误），图中该项留空",
            "请补充该年度的数据文件，或从 years 中删去该年。");
    }
}
