namespace ReportGen.Loading;

/// <summary>
/// The field catalog of the data file: every mapping's allowed keys with Chinese titles, types and
/// choices. <see cref="ReportReader"/> takes its allowed keys and choices from here and
/// <c>reportgen schema</c> generates the JSON Schema from here, so editor help and the loader agree.
/// </summary>
public static class DataFields
{
    public static readonly string[] AgencyKinds = { "government", "department" };
    public static readonly string[] AgencyLevels = { "national", "province", "city", "county", "township" };
    public static readonly string[] DatePlacements = { "signature", "under_title" };

    public static readonly IReadOnlyList<DataField> Top = new DataField[]
    {
        new("format", "报告格式", "选择 templates/ 下的格式文件夹，如 pre2019（2019年以前格式）。", FieldKind.Text, Required: true),
        new("agency", "机关信息", "发布报告的行政机关：标识、名称、类型、层级。", FieldKind.Mapping, Required: true, Of: "agency"),
        new("year", "报告年度", "统计年度，如 2018；必须与文件名一致。", FieldKind.Integer, Required: true),
        new("title", "标题", "报告标题，可分多行；不填则为“机关名称+年度+政府信息公开工作年度报告”。", FieldKind.Lines),
        new("date", "成文日期", "写作 YYYY-MM-DD，如 2019-03-01；须在统计年度结束之后、法定期限之前。", FieldKind.Date),
        new("date_placement", "成文日期位置", "signature：署名下方（默认）；under_title：标题下方。", FieldKind.Choice, Choices: DatePlacements,
            ChoiceTitles: new[] { "署名下方", "标题下方" }),
        new("signature", "发文机关署名", "报告末尾的署名，可分多行。", FieldKind.Lines),
        new("contact", "联系方式", "政府信息公开工作机构的联系方式。", FieldKind.Mapping, Of: "contact"),
        new("preamble", "引言", "标题之后、第一个标题之前的段落。", FieldKind.Paragraphs),
        new("sections", "正文各部分", "按顺序列出各部分：heading（标题）和 body（段落、图、表、下级标题）。", FieldKind.Sections),
        new("statistics", "统计数据", "统计表数值，按行（和列）的标识填写；合计由工具计算。", FieldKind.Statistics),
        new("statistics_table", "附表", "把统计表作为附表印出。", FieldKind.Mapping, Of: "statistics_table"),
        new("acknowledge", "确认保留的偏差", "原报告如此公布、有意保留的问题：对应规则的错误降为警告。", FieldKind.MappingList, Of: "acknowledge"),
        new("narrative", "各部分正文", "现行格式（2021、2019）按部分填写正文：overview（总体情况；2021 年格式含开头 intro 和五个方面）、problems、other。各部分写段落列表；2021 年格式的五个方面也可写 heading（本单位自己的小标题）和 body（段落）。", FieldKind.Free),
        new("members", "汇总成员", "汇总报告：列出成员机关的标识，统计数据自动汇总（如 [district-a, district-b]）。", FieldKind.Lines),
        new("history", "往年数据", "本报告正文中提到的往年统计数（按年度），供图表使用，如 2017: { a1: 2703 }。", FieldKind.Free),
    };

    public static readonly IReadOnlyList<DataField> Agency = new DataField[]
    {
        new("id", "机关标识", "小写字母、数字和连字符，与 data/ 下的文件夹名一致，如 chuanying。", FieldKind.Code, Required: true),
        new("name", "机关名称", "全称，如 船营区人民政府。", FieldKind.Text, Required: true),
        new("kind", "机关类型", "government：人民政府；department：政府部门。决定适用的期限和规则。", FieldKind.Choice, Required: true,
            Choices: AgencyKinds, ChoiceTitles: new[] { "人民政府", "政府部门" }),
        new("level", "行政层级", "national、province、city、county、township。", FieldKind.Choice, Choices: AgencyLevels,
            ChoiceTitles: new[] { "国家级", "省级", "市级", "县级", "乡镇级" }),
    };

    public static readonly IReadOnlyList<DataField> Contact = new DataField[]
    {
        new("office", "工作机构", "负责政府信息公开工作的机构名称。", FieldKind.Text),
        new("address", "地址", "办公地址。", FieldKind.Text),
        new("postcode", "邮编", "六位数字，请加引号，如 \"132011\"。", FieldKind.Code),
        new("phone", "电话", "请加引号，如 \"0432—64837815\"。", FieldKind.Code),
        new("fax", "传真", "请加引号。", FieldKind.Code),
        new("email", "电子邮箱", "如 gk@example.gov.cn。", FieldKind.Text),
        new("website", "网站", "门户网站地址。", FieldKind.Text),
    };

    public static readonly IReadOnlyList<DataField> Section = new DataField[]
    {
        new("heading", "标题", "本部分标题，如 一、基本工作情况。", FieldKind.Text, Required: true),
        new("body", "正文", "段落（文字）、figure（图）、table（表）或下级标题（heading + body），最多四级。", FieldKind.Body),
    };

    /// <summary>One aspect of 总体情况 with its own sub-heading (narrative.overview.&lt;aspect&gt;: { heading, body }).</summary>
    public static readonly IReadOnlyList<DataField> Subtopic = new DataField[]
    {
        new("heading", "小标题", "本方面自己的小标题，如 主动公开政府信息情况（序号“（一）”可省，由格式补上）；须体现该方面（R8）。不写则用格式的小标题。", FieldKind.Text),
        new("body", "正文", "段落、figure（图）、table（表）或下级标题。", FieldKind.Body),
    };

    /// <summary>The text before a sectioned narrative section's first sub-heading (narrative.overview.intro).</summary>
    public static readonly DataField NarrativeIntro = new("intro", "开头段落", "第一个小标题之前的段落。", FieldKind.Body);

    public static readonly IReadOnlyList<DataField> Figure = new DataField[]
    {
        new("figure", "图题", "图的标题。", FieldKind.Text, Required: true),
        new("alt", "替代文字", "图的文字说明（供无障碍阅读）；不填则由数据生成。", FieldKind.Text),
        new("numbered", "编号", "true：自动编号为 图1、图2……", FieldKind.Flag),
        new("id", "引用名", "正文用 ${fig:引用名} 引用此图，印出“图N”；小写字母、数字、连字符。", FieldKind.Code),
        new("chart", "图表", "由统计数据绘制的图表：kind（类型）、rows（统计行）等。", FieldKind.Mapping, Of: "chart"),
        new("picture", "图片文件", "与数据文件同一文件夹内的 PNG、JPEG 或 SVG 文件。", FieldKind.Text),
    };

    public static readonly string[] ChartKinds = { "bar", "stacked_bar", "line", "pie", "donut" };

    public static readonly IReadOnlyList<DataField> Chart = new DataField[]
    {
        new("kind", "图表类型", "bar 柱状图、stacked_bar 堆积柱状图、line 折线图、pie 饼图、donut 环形图。", FieldKind.Choice, Required: true,
            Choices: ChartKinds, ChoiceTitles: new[] { "柱状图", "堆积柱状图", "折线图", "饼图", "环形图" }),
        new("table", "统计表", "引用的统计表标识；不填则为第一张表。", FieldKind.Text),
        new("rows", "统计行", "引用的行标识，如 [a2_2, a2_4, a2_5]。", FieldKind.Lines),
        new("labels", "标签", "各类别（或各系列）的显示名称，与 rows 一一对应。", FieldKind.Lines),
        new("column", "列", "引用的列标识；不填则为合计列。", FieldKind.Text),
        new("series", "数据系列", "多个系列：每项有 name、rows、column。", FieldKind.MappingList, Of: "series"),
        new("years", "年度", "跨年度系列：如 [2022, 2023, 2024]，其他年度取自同一机关的数据文件。", FieldKind.Lines),
        new("unit", "单位", "不填则取统计表的单位。", FieldKind.Text),
    };

    public static readonly IReadOnlyList<DataField> Series = new DataField[]
    {
        new("name", "系列名称", "图例中显示的名称。", FieldKind.Text),
        new("rows", "统计行", "本系列引用的行标识。", FieldKind.Lines, Required: true),
        new("column", "列", "本系列引用的列标识。", FieldKind.Text),
    };

    public static readonly IReadOnlyList<DataField> Table = new DataField[]
    {
        new("header", "表头", "各列标题。", FieldKind.Lines),
        new("rows", "表格行", "每行是一个列表，如 [650条, 525条]。", FieldKind.Rows),
    };

    public static readonly IReadOnlyList<DataField> StatisticsTable = new DataField[]
    {
        new("table", "统计表", "要印出的统计表标识；只有一张表时可不填。", FieldKind.Text),
        new("caption", "表前文字", "表上方的文字，如 附表：。", FieldKind.Text),
        new("title", "表题", "不填则按格式自动生成（机关名称+年度+表名）。", FieldKind.Text),
        new("filler", "填报单位", "填报单位名称。", FieldKind.Text),
    };

    public static readonly IReadOnlyList<DataField> Acknowledge = new DataField[]
    {
        new("rule", "规则编号", "如 R16；reportgen explain 列出全部规则。", FieldKind.Text, Required: true),
        new("field", "字段", "只对这个字段确认，如 statistics.h3；不填则对整条规则。", FieldKind.Text),
        new("reason", "理由", "为什么保留，如 原报告如此公布。", FieldKind.Text, Required: true),
        new("published", "原报告文字", "原报告印出的文字（标题、表格标签），与官方格式不同；数据按官方格式，原文记在这里。由 reportgen import 写入。", FieldKind.Text),
    };

    /// <summary>Nested mappings by name, as <see cref="DataField.Of"/> refers to them.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<DataField>> Mappings = new Dictionary<string, IReadOnlyList<DataField>>
    {
        ["agency"] = Agency,
        ["contact"] = Contact,
        ["section"] = Section,
        ["subtopic"] = Subtopic,
        ["figure"] = Figure,
        ["chart"] = Chart,
        ["series"] = Series,
        ["table"] = Table,
        ["statistics_table"] = StatisticsTable,
        ["acknowledge"] = Acknowledge,
    };

    public static string[] Keys(IReadOnlyList<DataField> fields) => fields.Select(f => f.Key).ToArray();

    public static DataField? Find(IReadOnlyList<DataField> fields, string key) => fields.FirstOrDefault(f => f.Key == key);
}
