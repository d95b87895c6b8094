namespace ReportGen.Documents.Diagnostics;

public static partial class Catalog
{
    /// <summary>
    /// The consistency rules of the formats (ids as in the format specification). Each format's format.yaml
    /// lists the rules that apply to it and may lower a rule to a warning; the rule classes (Checking/Rules)
    /// read their parameters from the format, their wording from here. <c>reportgen explain R7</c> prints these.
    /// </summary>
    public static class Rules
    {
        public static readonly DiagnosticCode R1 = new("R1", Severity.Error, "申请办理勾稽关系",
            Checks: "表三每一列：本年新收 + 上年结转 = 办理结果总计 + 结转下年度继续办理。",
            Why: "这是表三左上角印出的官方勾稽关系；不成立说明申请数或办理结果漏计、重计。");
        public static readonly DiagnosticCode R2 = new("R2", Severity.Error, "申请人列合计",
            Checks: "表三每一行：总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他。",
            Why: "“总计”列若不等于各类申请人之和即失去意义；本工具自动计算该列。");
        public static readonly DiagnosticCode R3 = new("R3", Severity.Error, "办理结果行合计",
            Checks: "表三每一列：（七）总计 = （一）至（六）各项之和（含各小项）。",
            Why: "部分公开“只计这一情形，不计其他情形”，每件申请只计入一个结果。");
        public static readonly DiagnosticCode R4 = new("R4", Severity.Error, "复议诉讼合计",
            Checks: "表四：行政复议、未经复议直接起诉、复议后起诉三组各自的总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结。",
            Why: "总计须等于各结果之和。");
        public static readonly DiagnosticCode R5 = new("R5", Severity.Error, "数值类型",
            Checks: "计数必须是非负整数；只有金额（万元）可为小数（最多4位）；2019年格式的“本年增/减”可为负数。",
            Why: "件数、条数不可能为负数或小数。");
        public static readonly DiagnosticCode R6 = new("R6", Severity.Error, "不留空格",
            Checks: "表二每一格都必须填写（没有就填0）；表三、表四未填写的格按0计，合计由工具计算；生成的报告每格印数字，不留空。",
            Why: "空格无法核对合计；表二只有七个数，漏填比填0更可能是遗漏。");
        public static readonly DiagnosticCode R7 = new("R7", Severity.Error, "结构完整",
            Checks: "六个部分标题齐全、顺序正确；表二、三、四行列与格式一致，不增删行。",
            Why: "条例第五十条和国家统一格式的要求。");
        public static readonly DiagnosticCode R8 = new("R8", Severity.Warning, "总体情况分项",
            Checks: "总体情况包括主动公开、依申请公开、政府信息管理、平台建设、监督保障五项，每项有内容；数据自拟小标题时，小标题须含该方面的词（如“主动公开”“依申请”“信息管理”“平台”“监督”，由格式定义）；人民政府的报告还要写工作考核、社会评议和责任追究结果情况。",
            Why: "2021年格式通知和条例第五十条第（四）项。");
        public static readonly DiagnosticCode R9 = new("R9", Severity.Warning, "跨年度结转",
            Checks: "本年“上年结转”应等于上年报告“结转下年度继续办理”（逐列）。",
            Why: "同一批申请在两年报告中应前后一致。");
        public static readonly DiagnosticCode R10 = new("R10", Severity.Warning, "现行有效件数连续",
            Checks: "现行有效件数(本年) = 现行有效件数(上年) + 本年制发 − 本年废止。",
            Why: "修订、自然失效等可合法打破此关系，故仅提示。");
        public static readonly DiagnosticCode R11 = new("R11", Severity.Warning, "废止件数合理",
            Checks: "本年废止件数不超过上年现行有效件数与本年制发件数之和。",
            Why: "不能废止不存在的文件。");
        public static readonly DiagnosticCode R12 = new("R12", Severity.Error, "正文与表格一致",
            Checks: "正文中带单位（件、起、条、次、万元、%）的数字，按其所在分句的动词和对象（词表由格式定义，见 templates/<格式>/lexicon.yaml）对应到表格的行和列，须与该单元格（或几格之和）相等；百分比按表格重新计算。“收到/受理…申请N件”可指本年新收，也可含上年结转：同句有“其中上年结转”时N应含结转，有“另有上年结转”时不含，否则两种都认可。约数（约、余、多）不比较。手写的数字与表格一致而含义明确时，提示改用引用。2019年以前的报告（原文照录）按格式中的句式检查，为警告。",
            Why: "正文与表格数字不一致是年报最常见的错误；用引用语法 ${…} 可从根本上避免。");
        public static readonly DiagnosticCode R13 = new("R13", Severity.Warning, "百分比",
            Checks: "正文中“N件，占P%”的百分比按同段所述基数（或各项之和，当各项构成100%时）四舍五入重新计算；同一数值不应给出不同百分比。",
            Why: "人为凑整到100%会使同一数字出现不同百分比（如2/16写成12%和13%）。");
        public static readonly DiagnosticCode R14 = new("R14", Severity.Error, "统计期限",
            Checks: "统计期限为报告年度1月1日至12月31日，标题年份、统计期限与正文年份一致。",
            Why: "年度报告只报告本年度。");
        public static readonly DiagnosticCode R15 = new("R15", Severity.Error, "成文日期",
            Checks: "成文日期应在统计期限结束之后，并不晚于法定期限（县级以上政府部门1月31日，人民政府3月31日；2019年以前一律3月31日）。",
            Why: "条例第四十九条（原第三十一条）。");
        public static readonly DiagnosticCode R16 = new("R16", Severity.Error, "统计表合计",
            Checks: "2014年统计表：收到申请数、申请办结数、申请答复数、不同意公开答复数、行政复议数量、行政诉讼数量、从事政府信息公开工作人员数等于其各分项之和。",
            Why: "合计行须等于分项之和。");
        public static readonly DiagnosticCode R17 = new("R17", Severity.Error, "统计表包含关系",
            Checks: "2014年统计表：“其中”项不大于其上级项；主动公开信息数不大于各渠道之和；办结、答复数不大于收到申请数。",
            Why: "部分不能大于整体；同一信息多渠道发布时总数按1条计。");
        public static readonly DiagnosticCode R18 = new("R18", Severity.Error, "标题序号连续",
            Checks: "各级标题序号（一、/（一）/1./（1））在同一上级下从头连续编排，无缺号、重号。",
            Why: "GB/T 9704-2012 结构层次序数。");
        public static readonly DiagnosticCode R19 = new("R19", Severity.Warning, "计量单位",
            Checks: "正文中同一统计量的单位应与统计表一致。",
            Why: "如舆情回应在统计表中以“次”计。");
        public static readonly DiagnosticCode R20 = new("R20", Severity.Warning, "信息处理费",
            Checks: "第六部分应说明收取信息处理费的情况；表三（六）2大于0时尤应说明。",
            Why: "《政府信息公开信息处理费管理办法》施行后的通行做法。");
        public static readonly DiagnosticCode R21 = new("R21", Severity.Error, "标签准确",
            Checks: "表格标签逐字使用格式定义中的官方文字（全角标点）。",
            Why: "官方格式的标签是固定文字。");
        public static readonly DiagnosticCode R22 = new("R22", Severity.Warning, "申请人构成",
            Checks: "正文中自然人与法人或其他组织的申请数之和应等于总数。",
            Why: "与表三一致。");
        public static readonly DiagnosticCode R23 = new("R23", Severity.Error, "汇总成员齐全",
            Checks: "汇总报告（members）所列每个成员都有同一年度、同一格式且无错误的数据文件。",
            Why: "缺少成员或年度不符时，汇总数不完整。");
        public static readonly DiagnosticCode R24 = new("R24", Severity.Warning, "图表数据存在",
            Checks: "图表引用的统计数据（含其他年度的数据文件）必须存在。",
            Why: "图表与表格同源；缺失的数据只能留空，不能臆造。");
        public static readonly DiagnosticCode R25 = new("R25", Severity.Error, "否定陈述与表格一致",
            Checks: "正文说没有某项（“未发生行政复议”“未收到…申请”“无结转下年度的申请”“未制发规章”“未收取行政事业性收费”等，“未/没有/无”之后的对象按词表对应到表格），表格中该项须为0。",
            Why: "“未发生行政复议”而表四有案件，是审核中常见的矛盾；只说“未收取信息处理费”不涉及表二的行政事业性收费。");
        public static readonly DiagnosticCode R26 = new("R26", Severity.Error, "全称陈述与表格一致",
            Checks: "正文说全部如何（“申请均已办结”“行政复议均已审结”“均维持原行政行为”“全部予以公开”），表格中与之相反的项须为0：结转下年度继续办理、尚未审结、结果纠正和其他结果、其他办理结果。只说“均在法定期限内答复”是说时限，不检查；只说某一部分（“上年结转的2件均已办结”）也不检查。",
            Why: "“申请均已按时办结”而表三有结转下年度的申请，读者会认为报告不实。");
        public static readonly DiagnosticCode R27 = new("R27", Severity.Warning, "办理结果在正文中有说明",
            Checks: "表三的办理结果（予以公开、部分公开、不予公开、无法提供、不予处理、其他处理）和表四的行政复议、行政诉讼（含结果纠正、尚未审结）大于0时，正文应当提到（数字、引用或文字均可）。所列各项由格式的词表给出。",
            Why: "表四有尚未审结的复议案件而正文只字未提，审核人员必然追问。");
        public static readonly DiagnosticCode R28 = new("R28", Severity.Error, "报告标题",
            Checks: "印出的标题包含机关名称（可省“人民政府”，括注不计）、报告年度（如“2024年”或“2024年度”）和“政府信息公开工作年度报告”。缺机关名称为警告。",
            Why: "条例第四十九条、第五十条称“政府信息公开工作年度报告”；“政府信息公开年度报告”少了“工作”。");
        public static readonly DiagnosticCode R29 = new("R29", Severity.Warning, "官方文字未被改动",
            Checks: "格式定义（templates/<格式>/format.yaml）中的官方文字——六个部分的标题、表名、表格的行列标签和表头——与本工具内置的官方格式逐字一致，格式规定的规则也未被降为警告。内置的官方格式随工具发布，不受工作区中复制、修改的格式文件影响。",
            Why: "复制模板后改动格式文件，会让标签检查以改过的文字为准而悄悄失效；官方文字只能有意地（在 acknowledge: 中说明理由）偏离。");
    }
}
