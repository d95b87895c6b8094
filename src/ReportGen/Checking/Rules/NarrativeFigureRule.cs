using ReportGen.Documents.Diagnostics;
using System.Globalization;
using ReportGen.Loading;
using ReportGen.Model;

namespace ReportGen.Checking.Rules;

/// <summary>
/// R12: a number the narrative states for a table quantity (「收到…申请X件」, 「上年结转X件」,
/// 「行政复议X件」…, patterns from the format) equals the cell, or the sum of cells, it stands for.
/// Cells not reported (a blank in a pre-2019 table) are not compared. Citations (${…}) resolve to the
/// cell itself, so they can only differ when they cite the wrong cell.
/// </summary>
public sealed class NarrativeFigureRule : IRule
{
    public string Id => "R12";

    public IEnumerable<Finding> Check(ReportModel model, CheckContext context)
    {
        foreach (var figure in model.Format.NarrativeFigures)
        {
            var cells = figure.Cells.Select(c => CellReference.Resolve(model, c)).ToList();
            if (cells.Count == 0 || cells.Any(c => c is null) || cells.All(c => !c!.Cell.IsReported)) continue;
            var expected = cells.Sum(c => c!.Value);
            var label = string.Join(" + ", cells.Select(c => c!.Label));
            foreach (var p in Narrative.Paragraphs(model))
                foreach (System.Text.RegularExpressions.Match m in Narrative.Pattern(figure.Pattern).Matches(p.Text))
                {
                    if (!decimal.TryParse(m.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var stated) || stated == expected) continue;
                    yield return Finding.Of(cells.Count == 1 ? Catalog.Checking.R12Figure : Catalog.Checking.R12FigureOfSum, p.Span, "",
                        Narrative.Clip(m.Value, 40), figure.Name, Citations.FormatValue(stated), label, Citations.FormatValue(expected), figure.Cells[0]);
                }
        }
    }
}
