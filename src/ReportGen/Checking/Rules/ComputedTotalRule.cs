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
            // Loops rather than LINQ: three rules walk every total cell of every report, and each Where and Sum made a closure.
            foreach (var col in def.Columns)
            {
                if (col.Derived is null || col.Rule != id) continue;
                foreach (var row in def.Rows)
                {
                    if (!row.Data || !def.HasCell(row, col.Key)) continue;
                    if (Report(model, table, row, col, SumAcross(table, row.Key, col.DerivedParts)) is { } f) yield return f;
                }
            }
            foreach (var row in def.Rows)
            {
                if (row.Derived is null || row.Rule != id) continue;
                foreach (var col in def.ColumnsOf(row))
                {
                    if (col.Derived is not null) continue;
                    if (Report(model, table, row, col, SumDown(table, row.DerivedParts, col.Key)) is { } f) yield return f;
                }
            }
        }
    }

    private static decimal SumAcross(StatTable table, string row, IReadOnlyList<string> columns)
    {
        var sum = 0m;
        foreach (var column in columns) sum += table.Cell(row, column).Value;
        return sum;
    }

    private static decimal SumDown(StatTable table, IReadOnlyList<string> rows, string column)
    {
        var sum = 0m;
        foreach (var row in rows) sum += table.Cell(row, column).Value;
        return sum;
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
