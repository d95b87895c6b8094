using ReportGen.Documents.Diagnostics;
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
                var rights = check.RightKeys.Select(k => table.Cell(k, def.DefaultColumn)).ToList();
                // Not reported is not zero: a relation with a blank side says nothing, unless the format
                // says a blank right side means none (answering applications that were never received).
                if (!left.IsReported || (rights.All(r => !r.IsReported) && check.WhenRightBlank != "zero")) continue;
                var rightSum = rights.Sum(r => r.Value);
                if (left.Value <= rightSum) continue;
                var field = $"{prefix}.{check.Left}";
                var leftLabel = def.FindRow(check.Left)?.Label ?? check.Left;
                var rightLabel = string.Join(" + ", check.RightKeys.Select(k => def.FindRow(k)?.Label ?? k));
                yield return new Finding(model.Spans.For(field), field,
                    $"“{leftLabel}”（{Citations.FormatValue(left.Value)}）不应大于“{rightLabel}”（{Citations.FormatValue(rightSum)}）",
                    "", check.Severity == "warning" ? Severity.Warning : null);
            }
        }
    }
}
