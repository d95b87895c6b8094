using ReportGen.Documents.Diagnostics;
using ReportGen.Formats;
using ReportGen.Loading;
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
                yield return Finding.Warning(Catalog.Checking.R9Unreadable, model.Spans.For("year"), "year", broken);
            yield break;
        }
        var file = Path.GetFileName(Path.GetDirectoryName(context.PreviousYearFile)) + "/" + Path.GetFileName(context.PreviousYearFile);
        foreach (var cross in model.Format.CrossYear.Where(c => c.Rule == Id && c.Kind == CrossYearKind.CarryOver))
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
                yield return Finding.Of(Catalog.Checking.R9CarryOver, model.Spans.For(field), field,
                    CellReference.Describe(table.Definition, thisRow, col), Citations.FormatValue(now), file, prevRow.Label, col.Label, Citations.FormatValue(then),
                    context.PreviousYearFile);
            }
        }
    }
}
