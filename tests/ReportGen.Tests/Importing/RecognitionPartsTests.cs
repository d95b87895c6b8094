using ReportGen.Importing.Recognition;
using ReportGen.Importing.Writing;

namespace ReportGen.Tests.Importing;

/// <summary>The small readers recognition is built from, one behaviour each.</summary>
public class RecognitionPartsTests
{
    [Theory]
    [InlineData("2025年3月25日", 2025, 3, 25)]
    [InlineData("（2019年3月1日）", 2019, 3, 1)]
    [InlineData("二〇一八年三月十九日", 2018, 3, 19)]
    [InlineData("二○一九年十二月三十一日", 2019, 12, 31)]
    [InlineData("二O二一年一月二十日", 2021, 1, 20)]
    [InlineData("二零二四年十月廿五日", 2024, 10, 25)]
    [InlineData("2024-01-31", 2024, 1, 31)]
    [InlineData("2024.1.5", 2024, 1, 5)]
    public void Dates_in_arabic_and_chinese_numerals(string text, int y, int m, int d)
        => Assert.Equal(new DateOnly(y, m, d), ChineseDates.Parse(text));

    [Theory]
    [InlineData("2025年2月30日")]
    [InlineData("发布日期：2025年3月25日")]
    [InlineData("二〇一八年十三月一日")]
    public void Not_a_date(string text) => Assert.Null(ChineseDates.Parse(text));

    [Theory]
    [InlineData("12件", CellKind.Number, "12")]
    [InlineData("1,234", CellKind.Number, "1234")]
    [InlineData("1，234", CellKind.Number, "1234")]
    [InlineData("１２３", CellKind.Number, "123")]
    [InlineData("1193.60万元", CellKind.Number, "1193.60")]
    [InlineData("-4", CellKind.Number, "-4")]
    [InlineData("", CellKind.Blank, "")]
    [InlineData("/", CellKind.Blank, "")]
    [InlineData("—", CellKind.Blank, "")]
    [InlineData("－－", CellKind.Blank, "")]
    [InlineData("约12", CellKind.Text, "约12")]
    public void Cells_as_printed(string raw, CellKind kind, string text)
    {
        var cell = CellValue.Parse(raw);
        Assert.Equal(kind, cell.Kind);
        Assert.Equal(text, cell.Text);
    }

    [Theory]
    [InlineData("（二）部分公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", true, true)]
    [InlineData("1、属于国家秘密", "1.属于国家秘密", true, false)]
    [InlineData("3.危及三安全一稳定", "3.危及“三安全一稳定”", true, false)]
    [InlineData("法律服务\n机构", "法律服务机构", true, false)]
    [InlineData("5.属于内部事务信息", "5.属于三类内部事务信息", true, true)]
    [InlineData("2.重复申请", "1.信访举报投诉类申请", false, false)]
    public void Labels_compare_by_words_not_by_punctuation(string published, string official, bool found, bool variant)
    {
        var m = LabelText.Match(published, official);
        Assert.Equal(found, m.Found);
        if (found) Assert.Equal(variant, m.IsVariant);
    }

    [Theory]
    [InlineData("一、总体情况", 1, true)]
    [InlineData("（一）主动公开", 2, true)]
    [InlineData("(四)全面推进“只跑一次”改革工作", 2, true)]
    [InlineData("1.审批服务事项录入全流程行政审批管理系统。在全区范围内开展了梳理", 3, false)]
    [InlineData("（一）围绕法治政府建设，加强公开解读回应。我区把公开透明作为政府工作的基本要求", 2, false)]
    [InlineData("一、本年新收政府信息公开申请数量 40 3 1 0 2 1 47", 1, false)]
    [InlineData("全年主动公开政府信息420条。", 0, false)]
    public void Headings_by_the_patterns_reports_use(string text, int level, bool heading)
    {
        Assert.Equal(level, Numbering.LevelOf(text));
        Assert.Equal(heading, Numbering.LooksLikeHeading(text));
    }

    [Theory]
    [InlineData("船营区人民政府2018年政府信息公开工作年度报告", "船营区人民政府", 2018)]
    [InlineData("2018年长白山管委会政府信息公开工作年度报告", "长白山管委会", 2018)]
    [InlineData("2018年岭东区人民政府信息公开工作年度报告", "岭东区人民政府", 2018)]
    [InlineData("示例市云溪区司法局2024年政府信息公开工作年度报告", "示例市云溪区司法局", 2024)]
    public void Agency_and_year_from_the_title(string title, string agency, int year)
    {
        Assert.Equal(agency, AgencyNames.NameOf(title));
        Assert.Equal(year, AgencyNames.YearOf(title));
    }

    [Theory]
    [InlineData("长春市人民政府", "city")]
    [InlineData("示例市云溪区住房和城乡建设局", "county")]
    [InlineData("吉林省人民政府办公厅", "province")]
    [InlineData("示例镇人民政府", "township")]
    public void Level_from_the_last_administrative_unit(string name, string level) => Assert.Equal(level, AgencyNames.LevelOf(name));

    [Fact]
    public void Contact_details_from_the_standard_and_a_free_preamble()
    {
        var standard = new DraftContact();
        ContactReader.Read("本报告电子版可在云溪区人民政府门户网站（www.yunxi.example.gov.cn）“政府信息公开”专栏查阅或下载。如对本报告有任何疑问，请与云溪区人民政府办公室联系（地址：示例市云溪区府前路1号；邮编：518100；电话：0755-26180001）。", standard);
        Assert.Equal("云溪区人民政府办公室", standard.Office);
        Assert.Equal("示例市云溪区府前路1号", standard.Address);
        Assert.Equal("518100", standard.Postcode);
        Assert.Equal("0755-26180001", standard.Phone);
        Assert.Equal("云溪区人民政府门户网站（www.yunxi.example.gov.cn）“政府信息公开”专栏", standard.Website);

        var free = new DraftContact();
        ContactReader.Read("如对本报告有疑问，请联系长白山管委会政务公开领导小组办公室，地址：长白山保护开发区行政服务中心（政务大厅二楼）215室；电话：0433—5759006；传真：0433—5759008；邮编：133613", free);
        Assert.Equal("长白山管委会政务公开领导小组办公室", free.Office);
        Assert.Equal("长白山保护开发区行政服务中心（政务大厅二楼）215室", free.Address);
        Assert.Equal("0433—5759006", free.Phone);
        Assert.Equal("0433—5759008", free.Fax);
        Assert.Equal("133613", free.Postcode);
    }
}
