using ReportGen.Documents.Diagnostics;
using System.Globalization;
using ReportGen.Loading;
using ReportGen.Model;

namespace ReportGen.Checking.Rules;

/// <summary>
/// R22: prose that splits applications into 自然人 and 法人或其他组织 adds up to the total it states in
/// the same paragraph, and each part matches 表三 — for 本年新收 or, as some reports mean it, 本年新收 +
/// 上年结转 (the format does not say which; both are accepted).
/// </summary>
public sealed class ApplicantBreakdownRule : IRule
{
    public string Id => "R22";

    public IEnumerable<Finding> Check(ReportModel model, CheckContext context)
    {
        if (model.Format.ApplicantBreakdown is not { } def || model.Statistics.Find(def.Table) is not { } table) yield break;
        var rows = def.Rows.Where(r => table.Definition.FindRow(r) is not null).ToList();
        foreach (var p in Narrative.Paragraphs(model))
        {
            var natural = First(def.NaturalPattern, p.Text);
            var legal = First(def.LegalPattern, p.Text);
            if (natural is null || legal is null) continue;
            var total = First(def.TotalPattern, p.Text);
            if (total is { } t && natural + legal != t)
                yield return Finding.Of(Catalog.Checking.R22Total, p.Span, "", Fmt(natural.Value), Fmt(legal.Value), Fmt(natural.Value + legal.Value), Fmt(t));
            foreach (var (stated, column, name) in new[] { (natural.Value, def.NaturalColumn, Catalog.Checking.R22NaturalPerson.Text()), (legal.Value, def.LegalColumn, Catalog.Checking.R22LegalPerson.Text()) })
            {
                var candidates = Candidates(table, rows, column).ToList();
                if (candidates.Count == 0 || candidates.Contains(stated)) continue;
                yield return Finding.Of(Catalog.Checking.R22Part, p.Span, "", name, Fmt(stated), string.Join(Catalog.Checking.Or.Text(), candidates.Distinct().Select(Fmt)));
            }
        }
    }

    private static IEnumerable<decimal> Candidates(StatTable table, IReadOnlyList<string> rows, string column)
    {
        decimal running = 0;
        foreach (var row in rows)
        {
            running += table.Cell(row, column).Value;
            yield return running;
        }
    }

    private static decimal? First(string pattern, string text)
        => Narrative.Pattern(pattern).Match(text) is { Success: true } m && decimal.TryParse(m.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static string Fmt(decimal v) => Citations.FormatValue(v);
}
