using ReportGen.Documents.Diagnostics;
using ReportGen.Loading;
using ReportGen.Model;

namespace ReportGen.Checking.Rules;

/// <summary>
/// A total that was typed (as published) must equal the sum the format defines for it. Totals the
/// tool computes itself cannot disagree, so only entered values are compared.
/// </summary>
public sealed class DerivedSumRule(string id) : IRule
{
    public string Id => id;

    public IEnumerable<Finding> Check(ReportModel model, CheckContext context)
    {
        foreach (var table in model.Statistics.Tables.Values)
        {
            var prefix = model.Statistics.Tables.Count == 1 ? "statistics" : $"statistics.{table.Definition.Id}";
            foreach (var row in table.Definition.Rows.Where(r => r.Derived is not null && (r.Rule ?? "R16") == id))
                foreach (var col in table.Definition.Columns)
                {
                    var cell = table.Cell(row.Key, col.Key);
                    // A published total whose parts were left blank says nothing about the parts.
                    if (cell.Entered is not { } entered || cell.Computed is not { } computed) continue;
                    if (entered == computed) continue;
                    var field = table.Definition.IsSingleColumn ? $"{prefix}.{row.Key}" : $"{prefix}.{row.Key}.{col.Key}";
                    var parts = string.Join(" + ", row.DerivedParts.Select(p =>
                        $"{table.Definition.FindRow(p)?.Label ?? p} {Citations.FormatValue(table.Cell(p, col.Key).Value)}"));
                    yield return Finding.Of(Catalog.Checking.R16Sum, model.Spans.For(field), field,
                        table.Definition.Name, row.Label, table.Definition.IsSingleColumn ? "" : "／" + col.Label, Citations.FormatValue(computed), Citations.FormatValue(entered), parts);
                }
        }
    }
}
