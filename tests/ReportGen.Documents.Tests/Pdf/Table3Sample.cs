using System.Collections.Immutable;
using ReportGen.Documents.Document;
using static ReportGen.Tooling.Documents.SampleDocuments;

namespace ReportGen.Documents.Tests.Pdf;

/// <summary>The statutory table 三 (format README §3.2): 3 header rows, 25 body rows, ten columns.</summary>
public static class Table3Sample
{
    public static Table Build()
    {
        var cols = ImmutableArray.Create(new ColumnSpec(0.6), new ColumnSpec(0.8), new ColumnSpec(2.2),
            new ColumnSpec(1, CellAlignment.Center), new ColumnSpec(1, CellAlignment.Center), new ColumnSpec(1, CellAlignment.Center),
            new ColumnSpec(1, CellAlignment.Center), new ColumnSpec(1, CellAlignment.Center), new ColumnSpec(1, CellAlignment.Center), new ColumnSpec(1, CellAlignment.Center));
        var header = ImmutableArray.Create(
            new TableRow([C("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", rs: 3, cs: 3, th: true), C("申请人情况", cs: 7, th: true)]),
            new TableRow([C("自然人", rs: 2, th: true), C("法人或其他组织", cs: 5, th: true), C("总计", rs: 2, th: true)]),
            new TableRow([C("商业企业", th: true), C("科研机构", th: true), C("社会公益组织", th: true), C("法律服务机构", th: true), C("其他", th: true)]));
        var n = 0;
        TableCell[] Nums() => Enumerable.Range(0, 7).Select(i => C(((n * 7 + i) % 13).ToString())).ToArray();
        var body = new List<TableRow>();
        void Row(params TableCell[] labels) { n++; body.Add(new TableRow([.. labels, .. Nums()])); }
        Row(C("一、本年新收政府信息公开申请数量", cs: 3));
        Row(C("二、上年结转政府信息公开申请数量", cs: 3));
        Row(C("三、本年度办理结果", rs: 22), C("（一）予以公开", cs: 2));
        Row(C("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", cs: 2));
        string[] three = ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"];
        string[] four = ["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"];
        string[] five = ["1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息"];
        string[] six = ["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"];
        foreach (var (label, items) in new[] { ("（三）不予公开", three), ("（四）无法提供", four), ("（五）不予处理", five), ("（六）其他处理", six) })
            for (var i = 0; i < items.Length; i++)
                Row(i == 0 ? [C(label, rs: items.Length), C(items[i])] : [C(items[i])]);
        Row(C("（七）总计", cs: 2));
        Row(C("四、结转下年度继续办理", cs: 3));
        return new Table(cols, header, [.. body], null, "收到和处理政府信息公开申请情况");
    }

    public static ReportDocument Document()
    {
        var small = Small();
        var blocks = small.Blocks.ToList();
        var at = blocks.FindIndex(b => b is Table);
        blocks[at] = Build();
        return small with { Blocks = [.. blocks] };
    }
}
