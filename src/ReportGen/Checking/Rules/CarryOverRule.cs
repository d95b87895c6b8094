using ReportGen.Formats;
using ReportGen.Model;

namespace ReportGen.Checking.Rules;

/// <summary>
/// R9: this year's 上年结转 equals last year's 结转下年度继续办理, column by column, when
/// data/&lt;agency&gt;/&lt;year-1&gt;.yaml exists. The message names the file compared with.
/// </summary>
public sealed class CarryOverRule : IRule
{
    public string Id => "R9";

    public IEnumerable<Finding> Check(ReportModel model, CheckContext context)
    {
        if (context.PreviousYear is not { } previous)
        {
            if (context.PreviousYearFile is { } broken)
                yield return new Finding(model.Spans.For("year"), "year",
                    $"上年数据文件 {broken} 有错误，未能进行跨年度核对", $"请先运行 reportgen check {broken}。", Documents.Diagnostics.Severity.Warning);
            yield break;
        }
        var file = Path.GetFileName(Path.GetDirectoryName(context.PreviousYearFile)) + "/" + Path.GetFileName(context.PreviousYearFile);
        foreach (var cross in model.Format.CrossYear.Where(c => c.Rule == Id && c.Kind == "carry_over"))
        {
            if (model.Statistics.Find(cross.Table) is not { } table || previous.Statistics.Find(cross.Table) is not { } before) continue;
            if (table.Definition.FindRow(cross.This ?? "") is not { } thisRow || before.Definition.FindRow(cross.Previous ?? "") is not { } prevRow) continue;
            foreach (var col in table.Definition.PrintedColumns)
            {
                if (before.Definition.FindColumn(col.Key) is null) continue;
                var now = table.Cell(thisRow.Key, col.Key).Value;
                var then = before.Cell(prevRow.Key, col.Key).Value;
                if (now == then) continue;
                var field = CellReference.FieldPath(model, table.Definition, thisRow, col);
                yield return new Finding(model.Spans.For(field), field,
                    $"{CellReference.Describe(table.Definition, thisRow, col)}为 {Citations.FormatValue(now)}，上年报告（{file}）“{prevRow.Label}”／“{col.Label}”为 {Citations.FormatValue(then)}，两者应相等",
                    $"已与 {context.PreviousYearFile} 比较。");
            }
        }
    }
}
