using ReportGen.Documents.Diagnostics;
using ReportGen.Formats;
using ReportGen.Loading;
using ReportGen.Model;

namespace ReportGen.Checking.Rules;

/// <summary>R17: relations that are not sums (其中 ≤ parent; de-duplicated total ≤ Σ channels), as the format lists them.</summary>
public sealed class TableRelationRule : IRule
{
    public string Id => "R17";

    public IEnumerable<Finding> Check(ReportModel model, CheckContext context)
    {
        foreach (var table in model.Statistics.Tables.Values)
        {
            var def = table.Definition;
            var prefix = model.Statistics.Tables.Count == 1 ? "statistics" : $"statistics.{def.Id}";
            foreach (var check in def.Checks.Where(c => c.Rule == Id))
            {
                var left = table.Cell(check.Left, def.DefaultColumn);
                var rights = check.Right.Select(k => table.Cell(k, def.DefaultColumn)).ToList();
                // Not reported is not zero: a relation with a blank side says nothing, unless the format
                // says a blank right side means none (answering applications that were never received).
                if (!left.IsReported || (rights.All(r => !r.IsReported) && check.WhenRightBlank != BlankHandling.Zero)) continue;
                var rightSum = rights.Sum(r => r.Value);
                if (left.Value <= rightSum) continue;
                var field = $"{prefix}.{check.Left}";
                var leftLabel = def.FindRow(check.Left)?.Label ?? check.Left;
                var rightLabel = string.Join(" + ", check.Right.Select(k => def.FindRow(k)?.Label ?? k));
                yield return Finding.Of(Catalog.Checking.R17AtMost, model.Spans.For(field), field,
                    leftLabel, Citations.FormatValue(left.Value), rightLabel, Citations.FormatValue(rightSum)) with { Severity = check.Severity == Severity.Warning ? Severity.Warning : null };
            }
        }
    }
}
