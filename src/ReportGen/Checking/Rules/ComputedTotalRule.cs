using ReportGen.Documents.Diagnostics;
using ReportGen.Loading;
using ReportGen.Model;

namespace ReportGen.Checking.Rules;

/// <summary>
/// R2/R3/R4: every cell the format marks as a total with this rule id (a derived column for R2 and R4,
/// a derived row for R3) equals the sum of its parts. The tool computes these cells and refuses typed
/// ones (the loader reports a typed total under the same id), so on loaded data this holds by
/// construction; the rule guards models built any other way and documents the arithmetic.
/// </summary>
public sealed class ComputedTotalRule(string id) : IRule
{
    public string Id => id;

    public IEnumerable<Finding> Check(ReportModel model, CheckContext context)
    {
        foreach (var table in model.Statistics.Tables.Values)
        {
            var def = table.Definition;
            foreach (var col in def.Columns.Where(c => c.Derived is not null && c.Rule == id))
                foreach (var row in def.Rows.Where(r => r.Data && def.HasCell(r, col.Key)))
                {
                    var sum = col.DerivedParts.Sum(p => table.Cell(row.Key, p).Value);
                    if (Report(model, table, row, col, sum) is { } f) yield return f;
                }
            foreach (var row in def.Rows.Where(r => r.Derived is not null && r.Rule == id))
                foreach (var col in def.ColumnsOf(row).Where(c => c.Derived is null))
                {
                    var sum = row.DerivedParts.Sum(p => table.Cell(p, col.Key).Value);
                    if (Report(model, table, row, col, sum) is { } f) yield return f;
                }
        }
    }

    private static Finding? Report(ReportModel model, StatTable table, Formats.RowDefinition row, Formats.ColumnDefinition col, decimal sum)
    {
        var value = table.Cell(row.Key, col.Key).Value;
        if (value == sum) return null;
        var field = CellReference.FieldPath(model, table.Definition, row, col);
        return Finding.Of(Catalog.Checking.ComputedTotal, model.Spans.For(field), field,
            CellReference.Describe(table.Definition, row, col), Citations.FormatValue(sum), Citations.FormatValue(value));
    }
}
