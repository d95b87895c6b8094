using System.Collections.Immutable;
using ReportGen.Documents.Document;

namespace ReportGen.Tooling.Documents;

/// <summary>
/// Small hand-built documents that exercise every node type; writer tests and benchmarks use them
/// so that writers can be tested without the data and template stages.
/// </summary>
public static class SampleDocuments
{
    public static ImmutableArray<Inline> T(string s) => ImmutableArray.Create<Inline>(new Text(s));

    public static TableCell C(string s, int rs = 1, int cs = 1, bool th = false, CellAlignment a = CellAlignment.Default)
        => new(T(s), rs, cs, a, th);

    public static ReportDocument Small()
    {
        var blocks = ImmutableArray.CreateBuilder<Block>();
        blocks.Add(new Title(ImmutableArray.Create("示例区人民政府", "2023年政府信息公开工作年度报告")));
        blocks.Add(new Paragraph(T("（2024年1月20日）"), ParagraphKind.Centered));
        blocks.Add(new Paragraph(T("本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）编制。本报告中所列数据统计期限为2023年1月1日至12月31日。")));
        blocks.Add(new Heading(1, T("一、总体情况")));
        blocks.Add(new Heading(2, T("（一）主动公开")));
        for (var i = 0; i < 6; i++)
            blocks.Add(new Paragraph(T("2023年，全区主动公开政府信息3263条，其中规范性文件26件。通过政府网站、政务微信等渠道，及时准确发布信息，回应社会关切，“放管服”改革持续深化；依申请公开工作规范有序。")));
        blocks.Add(new Heading(3, T("1.政府网站")));
        blocks.Add(new Heading(4, T("（1）栏目建设")));
        blocks.Add(new Heading(1, T("二、收到和处理政府信息公开申请情况")));
        blocks.Add(new Table(
            ImmutableArray.Create(new ColumnSpec(3), new ColumnSpec(1, CellAlignment.Center), new ColumnSpec(1, CellAlignment.Center), new ColumnSpec(1, CellAlignment.Center)),
            ImmutableArray.Create(
                new TableRow(ImmutableArray.Create(C("项目", rs: 2, th: true), C("申请人情况", cs: 3, th: true))),
                new TableRow(ImmutableArray.Create(C("自然人", th: true), C("法人或其他组织", th: true), C("总计", th: true)))),
            ImmutableArray.Create(
                new TableRow(ImmutableArray.Create(C("一、本年新收政府信息公开申请数量"), C("12"), C("3"), C("15"))),
                new TableRow(ImmutableArray.Create(C("三、本年度办理结果", rs: 2), C("1"), C("0"), C("1"))),
                new TableRow(ImmutableArray.Create(C("5"), C("1"), C("6")))),
            null,
            "收到和处理政府信息公开申请情况"));
        blocks.Add(new Figure(new PlaceholderFigure(), "历年主动公开政府信息统计图", "历年主动公开政府信息数量柱状图", 1));
        blocks.Add(new Paragraph(T("注：本表数据含上年度结转数量。"), ParagraphKind.Note));
        blocks.Add(new SignatureBlock(ImmutableArray.Create("示例区人民政府办公室"), "2024年1月20日"));
        var meta = new DocumentMetadata("示例区人民政府2023年政府信息公开工作年度报告", "示例区人民政府", "政府信息公开工作年度报告",
            ImmutableArray.Create("政府信息公开", "年度报告", "2023"), new DateOnly(2024, 1, 20), "sample/2023");
        return new ReportDocument(meta, blocks.ToImmutable());
    }
}
