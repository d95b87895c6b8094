using ReportGen.Documents.Diagnostics;
using ReportGen.Formats;
using ReportGen.Loading;
using ReportGen.Model;

namespace ReportGen.Checking.Rules;

/// <summary>
/// R10: 现行有效件数(Y) = 现行有效件数(Y−1) + 本年制发件数 − 本年废止件数, for the rows the format lists.
/// A warning only: amendments, expiry and re-classification legitimately break it.
/// </summary>
public sealed class StockContinuityRule : IRule
{
    public string Id => "R10";

    public IEnumerable<Finding> Check(ReportModel model, CheckContext context)
    {
        foreach (var (cross, table, before, row, stock, added, removed) in StockRows.Of(model, context, Id))
        {
            var expected = before.Cell(row.Key, stock.Key).Value + table.Cell(row.Key, added.Key).Value - table.Cell(row.Key, removed.Key).Value;
            var found = table.Cell(row.Key, stock.Key).Value;
            if (expected == found) continue;
            var field = CellReference.FieldPath(model, table.Definition, row, stock);
            yield return Finding.Of(Catalog.Checking.R10Stock, model.Spans.For(field), field,
                CellReference.Describe(table.Definition, row, stock), Citations.FormatValue(found), Path.GetFileName(context.PreviousYearFile),
                Citations.FormatValue(before.Cell(row.Key, stock.Key).Value), added.Label, Citations.FormatValue(table.Cell(row.Key, added.Key).Value),
                removed.Label, Citations.FormatValue(table.Cell(row.Key, removed.Key).Value), Citations.FormatValue(expected));
        }
    }
}
