using ReportGen.Documents.Diagnostics;
using System.Globalization;
using ReportGen.Checking.Matching;
using ReportGen.Loading;
using ReportGen.Model;

namespace ReportGen.Checking.Rules;

/// <summary>
/// R12: a number the narrative states for a table quantity equals the cell, or the sum of cells, it stands
/// for. With a lexicon (2019, 2021) every number with a unit is tied to the quantity its clause names
/// (<see cref="NarrativeReading"/>): a mismatch is an error naming both numbers, the sentence and the cell;
/// a typed number that equals its one cell gets a hint to cite it instead. Without one (pre-2019) the
/// format's sentence patterns are used. Cells not reported (a blank in a pre-2019 table) are not compared.
/// </summary>
public sealed class NarrativeFigureRule : IRule
{
    public string Id => "R12";

    public IEnumerable<Finding> Check(ReportModel model, CheckContext context)
        => NarrativeReading.Of(model) is { } reading ? FromReading(reading) : FromPatterns(model);

    private static IEnumerable<Finding> FromReading(NarrativeReading reading)
    {
        foreach (var m in reading.Mentions)
        {
            if (m.Agrees is not { } agrees) continue;
            // A share whose count is already wrong says nothing new.
            if (m.ShareOf is { Agrees: false }) continue;
            var primary = m.Readings[0];
            if (!agrees && m.IsPercent)
            {
                var share = Share.Of(primary.Value, m.ShareBase!.Value, Decimals(m.Number.Value, m.Written));
                yield return Finding.Of(Catalog.Checking.R12Share, m.Paragraph.Span, "", m.Sentence, m.Written, primary.Label, Fmt(primary.Value),
                    m.ShareBase.Label, Fmt(m.ShareBase.Value), Fmt(share));
            }
            else if (!agrees)
            {
                var values = Fmt(primary.Value) + string.Concat(m.Readings.Skip(1).Select(r => Catalog.Checking.R12OrReading.Text(Fmt(r.Value), r.Label)));
                yield return primary.Citation is { } citation
                    ? Finding.Of(Catalog.Checking.R12Stated, m.Paragraph.Span, "", m.Sentence, m.Written, primary.Label, values, citation)
                    : Finding.Of(Catalog.Checking.R12StatedSum, m.Paragraph.Span, "", m.Sentence, m.Written, primary.Label, values);
            }
            else if (!m.Cited && !m.IsPercent && primary.Citation is { } citation && m.Readings.All(r => r.Value == primary.Value))
                yield return Finding.Of(Catalog.Checking.R12UseCitation, m.Paragraph.Span, "", m.Sentence, m.Written, primary.Label, citation)
                    with { Severity = Severity.Info };
        }
    }

    private static int Decimals(decimal value, string written)
    {
        var point = written.IndexOfAny(['.', '．']);
        return point < 0 ? 0 : written.Skip(point + 1).TakeWhile(char.IsAsciiDigit).Count();
    }

    private static IEnumerable<Finding> FromPatterns(ReportModel model)
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

    private static string Fmt(decimal v) => Citations.FormatValue(v);
}
