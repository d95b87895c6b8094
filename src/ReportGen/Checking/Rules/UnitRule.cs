using ReportGen.Documents.Diagnostics;
using ReportGen.Checking.Matching;
using ReportGen.Loading;
using ReportGen.Model;

namespace ReportGen.Checking.Rules;

/// <summary>
/// R19: the narrative states a table quantity in the table's unit (applications and cases in 件; in
/// the 2014 table the unit printed per row, e.g. 舆情回应 in 次, not 条). With a lexicon, a number tied to a
/// quantity in one of its <c>other_counts</c> units (条、次 for applications); otherwise the patterns and
/// units of the format's <c>narrative_figures</c>.
/// </summary>
public sealed class UnitRule : IRule
{
    public string Id => "R19";

    public IEnumerable<Finding> Check(ReportModel model, CheckContext context)
    {
        if (NarrativeReading.Of(model) is { } reading)
        {
            foreach (var m in reading.Mentions.Where(m => m.Readings.Count > 0 && m.Number.Unit?.Kind == UnitKind.OtherCount))
            {
                var q = m.Readings[0];
                var unit = q.Parts.Select(p => q.Table.Definition.FindRow(p.Row)?.Unit).FirstOrDefault(u => u is not null)
                           ?? model.Format.Lexicon!.Units.Counts.FirstOrDefault() ?? "";
                yield return Finding.Of(Catalog.Checking.R19Unit, m.Paragraph.Span, "", m.Sentence, q.Label, m.Number.Unit!.Text, unit);
            }
            yield break;
        }
        foreach (var figure in model.Format.NarrativeFigures.Where(f => f.Unit is not null))
            foreach (var p in Narrative.Paragraphs(model))
                foreach (System.Text.RegularExpressions.Match m in Narrative.Pattern(figure.Pattern).Matches(p.Text))
                {
                    var unit = m.Groups["unit"];
                    if (!unit.Success || unit.Value == figure.Unit) continue;
                    yield return Finding.Of(Catalog.Checking.R19Unit, p.Span, "", Narrative.Clip(m.Value, 40), figure.Name, unit.Value, figure.Unit);
                }
    }
}
