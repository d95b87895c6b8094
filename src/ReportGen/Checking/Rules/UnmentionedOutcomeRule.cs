using ReportGen.Documents.Diagnostics;
using ReportGen.Checking.Matching;
using ReportGen.Model;

namespace ReportGen.Checking.Rules;

/// <summary>
/// R27: an outcome the tables show (表三's 办理结果, 表四's 复议 and 诉讼 with their 纠正 and 尚未审结) that the narrative
/// never names — by a number, a citation, a statement or a word — is what a reviewer asks about. Which
/// outcomes: the lexicon's <c>mention_when_positive</c>; a part named counts for its whole (过程性信息 for 不予公开).
/// </summary>
public sealed class UnmentionedOutcomeRule : IRule
{
    public string Id => "R27";

    public IEnumerable<Finding> Check(ReportModel model, CheckContext context)
    {
        if (NarrativeReading.Of(model) is not { } reading || model.Format.Lexicon is not { } lexicon) yield break;
        List<Quantity>? spoken = null;
        foreach (var sum in lexicon.MentionWhenPositive)
        {
            if (Quantity.Of(model.Statistics, sum.Cells) is not { Reported: true, Value: > 0 } q) continue;
            spoken ??= Distinct(reading.Spoken);
            if (IsNamed(spoken, q)) continue;
            var field = q.Cells.Count == 1 ? CellReference.FieldPath(model, q.Table.Definition, q.Table.Definition.FindRow(q.Cells[0].Row)!, q.Table.Definition.FindColumn(q.Cells[0].Column)!) : $"statistics.{q.Table.Definition.Id}";
            var where = model.Format.Sections.FirstOrDefault(s => s.Table == q.Table.Definition.Id)?.Heading ?? "";
            var subtopic = model.Format.Sections.SelectMany(s => s.Subtopics).FirstOrDefault(s => lexicon.FindTable(q.Table.Definition.Id)?.Sections.Contains(s.Key) == true);
            yield return Finding.Of(Catalog.Checking.R27Unmentioned, model.Spans.For(field), field, q.Label, Citations.FormatValue(q.Value),
                subtopic is not null ? $"“{subtopic.Heading}”" : $"“{where}”");
        }
    }

    /// <summary>
    /// The quantities spoken, each cell once: a narrative names the same cells many times, and every quantity works out
    /// its base cells to be compared. Two of one part (row and column) of one table are the same cells, so one stands for both.
    /// </summary>
    private static List<Quantity> Distinct(IReadOnlyList<Quantity> spoken)
    {
        var seen = new HashSet<(string Table, string Row, string Column)>();
        var result = new List<Quantity>();
        foreach (var s in spoken)
            if (s.Parts is not [var only] || seen.Add((s.Table.Definition.Id, only.Row, only.Column))) result.Add(s);
        return result;
    }

    private static bool IsNamed(List<Quantity> spoken, Quantity q)
    {
        foreach (var s in spoken)
            if (s.IsPartOf(q)) return true;
        return false;
    }
}
