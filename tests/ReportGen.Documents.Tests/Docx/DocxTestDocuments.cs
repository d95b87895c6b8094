using System.Collections.Immutable;
using ReportGen.Documents.Document;
using static ReportGen.Tooling.Documents.SampleDocuments;

namespace ReportGen.Documents.Tests.Docx;

/// <summary>Model documents beyond <see cref="SampleDocuments.Small"/> that stress the docx writer.</summary>
internal static class DocxTestDocuments
{
    /// <summary>
    /// The shape of 表三 of the national format: ten columns, a three-row header whose first cell spans
    /// 3×3, and body label cells mixing rowspans over several rows with colspans.
    /// </summary>
    public static Table ApplicationTable()
    {
        var columns = ImmutableArray.CreateBuilder<ColumnSpec>();
        columns.Add(new ColumnSpec(1.2));
        columns.Add(new ColumnSpec(1.2));
        columns.Add(new ColumnSpec(2.6));
        for (var i = 0; i < 7; i++) columns.Add(new ColumnSpec(1, CellAlignment.Center));

        static TableRow Row(params TableCell[] cells) => new(ImmutableArray.Create(cells));
        static TableCell[] Numbers(int seed) =>
            Enumerable.Range(0, 7).Select(i => C((seed * 7 + i).ToString())).ToArray();

        var header = ImmutableArray.Create(
            Row(C("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", rs: 3, cs: 3, th: true), C("申请人情况", cs: 7, th: true)),
            Row(C("自然人", rs: 2, th: true), C("法人或其他组织", cs: 5, th: true), C("总计", rs: 2, th: true)),
            Row(C("商业企业", th: true), C("科研机构", th: true), C("社会公益组织", th: true), C("法律服务机构", th: true), C("其他", th: true)));
        var body = ImmutableArray.Create(
            Row([C("一、本年新收政府信息公开申请数量", cs: 3), .. Numbers(1)]),
            Row([C("二、上年结转政府信息公开申请数量", cs: 3), .. Numbers(2)]),
            Row([C("三、本年度办理结果", rs: 4), C("（一）予以公开", cs: 2), .. Numbers(3)]),
            Row([C("（二）部分公开", cs: 2), .. Numbers(4)]),
            Row([C("（三）不予公开", rs: 2), C("1.属于国家秘密"), .. Numbers(5)]),
            Row([C("2.其他法律行政法规禁止公开"), .. Numbers(6)]));
        return new Table(columns.ToImmutable(), header, body, "三、收到和处理政府信息公开申请情况", "收到和处理政府信息公开申请情况");
    }

    /// <summary>1×1 red PNG.</summary>
    public static readonly byte[] TinyPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");

    /// <summary>The small sample plus every case the sample lacks: 表三, a picture, a chart, a page break, a line break.</summary>
    public static ReportDocument Full()
    {
        var small = Small();
        var blocks = small.Blocks.ToBuilder();
        var signatureIndex = blocks.FindIndex(b => b is SignatureBlock);
        blocks.InsertRange(signatureIndex, new Block[]
        {
            new PageBreak(),
            new Heading(1, T("三、政府信息公开行政复议、行政诉讼情况")),
            ApplicationTable(),
            new Paragraph(ImmutableArray.Create<Inline>(new Text("第一行"), new LineBreak(), new Text("第二行", Strong: true)), ParagraphKind.Plain),
            new Figure(new ImageFigure(ImmutableArray.Create(TinyPng), "image/png", 300, 200), "示意图", "一个红点", 2),
            new Figure(new ChartFigure(ChartKind.Bar, ImmutableArray.Create("2021", "2022", "2023"),
                ImmutableArray.Create(new ChartSeries("主动公开", ImmutableArray.Create(10.0, 20.0, 30.0))), "条"), "历年主动公开数量", "柱状图", 3),
            new Paragraph(T("以上为本年度情况。"), ParagraphKind.Right),
        });
        return small with { Blocks = blocks.ToImmutable() };
    }

    private static int FindIndex(this ImmutableArray<Block>.Builder blocks, Func<Block, bool> match)
    {
        for (var i = 0; i < blocks.Count; i++) if (match(blocks[i])) return i;
        return blocks.Count;
    }
}
