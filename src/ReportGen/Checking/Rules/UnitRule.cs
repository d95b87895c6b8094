using ReportGen.Documents.Diagnostics;
using ReportGen.Loading;
using ReportGen.Model;

namespace ReportGen.Checking.Rules;

/// <summary>
/// R19: the narrative states a table quantity in the table's unit (applications and cases in 件; in
/// the 2014 table the unit printed per row, e.g. 舆情回应 in 次, not 条). Patterns and units come from
/// the format's <c>narrative_figures</c>.
/// </summary>
public sealed class UnitRule : IRule
{
    public string Id => "R19";

    public IEnumerable<Finding> Check(ReportModel model, CheckContext context)
    {
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
