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
            yield return new Finding(model.Spans.For(field), field,
                $"{CellReference.Describe(table.Definition, row, removed)}为 {Citations.FormatValue(found)}，超过上年（{Path.GetFileName(context.PreviousYearFile)}）“{stock.Label}”与本年“{added.Label}”之和 {Citations.FormatValue(bound)}");
        }
    }
}
