using ReportGen.Documents.Diagnostics;
using ReportGen.Formats;
using ReportGen.Loading;
using ReportGen.Model;

namespace ReportGen.Checking.Rules;

/// <summary>
/// R1, the identity printed in 表三's corner cell: 第一项加第二项之和，等于第三项加第四项之和, for every
/// column. Rows come from the format (<c>checks: kind: identity</c>). The totals are computed, so this is
/// the one check on what staff typed that the tool cannot make true by construction.
/// </summary>
public sealed class IdentityRule : IRule
{
    public string Id => "R1";

    public IEnumerable<Finding> Check(ReportModel model, CheckContext context)
    {
        foreach (var table in model.Statistics.Tables.Values)
        {
            var def = table.Definition;
            foreach (var check in def.Checks.Where(c => c.Rule == Id && c.Kind == CheckKind.Identity))
            {
                var left = check.LeftRows.Select(def.FindRow).OfType<Formats.RowDefinition>().ToList();
                var right = check.Right.Select(def.FindRow).OfType<Formats.RowDefinition>().ToList();
                // Computed columns (总计) are sums of the entered ones: they break only when an entered column does,
                // so reporting them too would repeat each finding.
                foreach (var col in def.Columns.Where(c => c.Printed && c.Derived is null))
                {
                    var l = left.Sum(r => table.Cell(r.Key, col.Key).Value);
                    var rr = right.Sum(r => table.Cell(r.Key, col.Key).Value);
                    if (l == rr) continue;
                    // The last right-hand row is the one staff type (结转下年度继续办理): point there.
                    var target = right[^1];
                    var field = CellReference.FieldPath(model, def, target, col);
                    var expected = l - right.Take(right.Count - 1).Sum(r => table.Cell(r.Key, col.Key).Value);
                    yield return Finding.Of(Catalog.Checking.R1Identity, model.Spans.For(field), field,
                        def.DisplayName, col.Label, Sum(table, left, col.Key), Fmt(l), Sum(table, right, col.Key), Fmt(rr),
                        target.Label, Fmt(expected), Fmt(table.Cell(target.Key, col.Key).Value));
                }
            }
        }
    }

    private static string Sum(StatTable table, IEnumerable<Formats.RowDefinition> rows, string col)
        => string.Join(" + ", rows.Select(r => $"“{r.Label}”{Fmt(table.Cell(r.Key, col).Value)}"));

    private static string Fmt(decimal v) => Citations.FormatValue(v);
}
