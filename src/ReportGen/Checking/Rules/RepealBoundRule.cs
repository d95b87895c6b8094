using ReportGen.Documents.Diagnostics;
using ReportGen.Loading;
using ReportGen.Model;

namespace ReportGen.Checking.Rules;

/// <summary>R11: 本年废止件数 cannot exceed what could be repealed: last year's 现行有效件数 plus this year's 本年制发件数.</summary>
public sealed class RepealBoundRule : IRule
{
    public string Id => "R11";

    public IEnumerable<Finding> Check(ReportModel model, CheckContext context)
    {
        foreach (var (_, table, before, row, stock, added, removed) in StockRows.Of(model, context, Id))
        {
            var bound = before.Cell(row.Key, stock.Key).Value + table.Cell(row.Key, added.Key).Value;
            var found = table.Cell(row.Key, removed.Key).Value;
            if (found <= bound) continue;
            var field = CellReference.FieldPath(model, table.Definition, row, removed);
            yield return Finding.Of(Catalog.Checking.R11Repeal, model.Spans.For(field), field,
                CellReference.Describe(table.Definition, row, removed), Citations.FormatValue(found), Path.GetFileName(context.PreviousYearFile), stock.Label, added.Label, Citations.FormatValue(bound));
        }
    }
}
