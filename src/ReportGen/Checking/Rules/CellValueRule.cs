using ReportGen.Documents.Diagnostics;
using ReportGen.Formats;
using ReportGen.Loading;
using ReportGen.Model;

namespace ReportGen.Checking.Rules;

/// <summary>
/// R5: counts are non-negative integers; only cells the format types <c>decimal</c> (万元) may have
/// decimals (at most four), only <c>signed_integer</c> cells (2019's 本年增/减) may be negative. The
/// loader already refuses such input under this id; this rule covers models built in code.
/// </summary>
public sealed class CellValueRule : IRule
{
    public string Id => "R5";

    public IEnumerable<Finding> Check(ReportModel model, CheckContext context)
    {
        foreach (var table in model.Statistics.Tables.Values)
        {
            var def = table.Definition;
            foreach (var row in def.Rows.Where(r => r.Data))
                foreach (var col in def.ColumnsOf(row))
                {
                    var value = table.Cell(row.Key, col.Key).Value;
                    var type = def.CellType(row, col);
                    var problem =
                        value < 0 && type != CellType.SignedInteger ? Catalog.Checking.R5Negative :
                        type != CellType.Decimal && value != decimal.Truncate(value) ? Catalog.Checking.R5NotInteger :
                        type == CellType.Decimal && value != Math.Round(value, 4) ? Catalog.Checking.R5TooManyDecimals : null;
                    if (problem is null) continue;
                    var field = CellReference.FieldPath(model, def, row, col);
                    yield return Finding.Of(Catalog.Checking.R5Value, model.Spans.For(field), field, CellReference.Describe(def, row, col), problem.Text(), value);
                }
        }
    }
}
