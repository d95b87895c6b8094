using ReportGen.Documents.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using ReportGen.Loading;
using ReportGen.Model;

namespace ReportGen.Checking.Rules;

/// <summary>
/// R13: a share stated as 「N件（条、次…），占P%」 is recomputed, half-up to the printed precision, from a
/// base the paragraph gives: a number in the same unit stated before it, or the sum of the listed parts
/// when the listed percentages are a complete breakdown (they add up to 100 within rounding). A share
/// that fits no base is reported; so is one count given two different shares of the same base — the
/// sign of a breakdown forced to 100% (seed 000: 2/16 as 12% and 13%). No base, no finding.
/// </summary>
public sealed partial class PercentageRule : IRule
{
    public string Id => "R13";

    [GeneratedRegex(@"(?<n>\d+)\s*(?<unit>人次|件|条|次|篇|个|项|人)(?<gap>[^0-9%。；;]{0,4}?)[，,]?\s*占(?<base>[^0-9%。；;，,]{0,12}?)(?<p>\d+(?:\.\d+)?)\s*[%％]", RegexOptions.NonBacktracking)]
    private static partial Regex Share();

    [GeneratedRegex(@"(?<n>\d+)\s*(?<unit>人次|件|条|次|篇|个|项|人)", RegexOptions.NonBacktracking)]
    private static partial Regex Count();

    private sealed record Item(decimal Count, string Unit, decimal Percent, int Decimals, string BaseWords, int Index, string Text);

    public IEnumerable<Finding> Check(ReportModel model, CheckContext context)
    {
        var seen = new Dictionary<(decimal, string, string), (decimal Percent, NarrativeParagraph Paragraph)>();
        foreach (var p in Narrative.Paragraphs(model))
        {
            // Every share the pattern finds has its 占; most paragraphs have none, and the scan for it is cheaper than the pattern's.
            if (!p.Text.Contains('占')) continue;
            // A run of digits too long for any count (a pasted serial number, an attack) is not a count.
            var items = Share().Matches(p.Text)
                .Where(m => Number(m.Groups["n"].Value) is not null && Number(m.Groups["p"].Value) is not null)
                .Select(m => new Item(
                    Number(m.Groups["n"].Value)!.Value, m.Groups["unit"].Value,
                    Number(m.Groups["p"].Value)!.Value,
                    m.Groups["p"].Value.Contains('.') ? m.Groups["p"].Value.Length - m.Groups["p"].Value.IndexOf('.') - 1 : 0,
                    m.Groups["base"].Value.Trim(), m.Index, Narrative.Clip(m.Value, 80))).ToList();
            if (items.Count == 0) continue;
            var itemStarts = items.Select(i => i.Index).ToHashSet();
            // Counts stated in the paragraph, by unit, in text order: the candidate bases of the shares after them.
            var counts = Count().Matches(p.Text).Where(m => !itemStarts.Contains(m.Index))
                .Select(m => (m.Index, Unit: m.Groups["unit"].Value, Value: Number(m.Groups["n"].Value)))
                .Where(c => c.Value is > 0).GroupBy(c => c.Unit)
                .ToDictionary(g => g.Key, g => g.Select(c => (c.Index, Value: c.Value!.Value)).ToList());

            foreach (var unitGroup in items.GroupBy(i => i.Unit))
            {
                var list = unitGroup.ToList();
                var sumOfParts = list.Sum(i => i.Count);
                var tolerance = list.Sum(i => 0.5m * Unit(i.Decimals));
                var complete = Math.Abs(list.Sum(i => i.Percent) - 100) <= tolerance;
                var sameUnit = counts.GetValueOrDefault(unitGroup.Key) ?? [];
                foreach (var item in list)
                {
                    var bases = NearestBefore(sameUnit, item.Index).Where(b => b >= item.Count).ToList();
                    if (complete && sumOfParts > 0) bases.Add(sumOfParts);
                    if (bases.Count == 0) continue;
                    if (bases.Any(b => Percentages.Share(item.Count, b, item.Decimals) == item.Percent)) continue;
                    var best = bases[^1];
                    var expected = Percentages.Share(item.Count, best, item.Decimals);
                    yield return Finding.Of(Catalog.Checking.R13Share, p.Span, "",
                        Narrative.Clip(item.Text, 40), Fmt(item.Count), item.Unit, Fmt(best), expected.ToString("F" + item.Decimals, CultureInfo.InvariantCulture), Fmt(item.Percent));
                }
            }

            foreach (var item in items)
            {
                var key = (item.Count, item.Unit, item.BaseWords);
                if (seen.TryGetValue(key, out var earlier) && earlier.Percent != item.Percent)
                    yield return Finding.Of(Catalog.Checking.R13Inconsistent, p.Span, "",
                        Fmt(item.Count), item.Unit, Fmt(earlier.Percent), Fmt(item.Percent), earlier.Paragraph.Span.Line);
                else
                    seen.TryAdd(key, (item.Percent, p));
            }
        }
    }

    /// <summary>How many of the counts stated before a share are tried as its base: a real paragraph states a few; a bound keeps a hostile one linear.</summary>
    private const int BasesTried = 32;

    /// <summary>The values of the (at most <see cref="BasesTried"/>) counts nearest before <paramref name="index"/>, in text order.</summary>
    private static IEnumerable<decimal> NearestBefore(List<(int Index, decimal Value)> counts, int index)
    {
        int lo = 0, hi = counts.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (counts[mid].Index < index) lo = mid + 1; else hi = mid;
        }
        for (var i = Math.Max(0, lo - BasesTried); i < lo; i++) yield return counts[i].Value;
    }

    private static decimal? Number(string digits)
        => digits.Length <= 20 && decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static decimal Unit(int decimals) => decimals switch { 0 => 1m, 1 => 0.1m, 2 => 0.01m, _ => 0.001m };
    private static string Fmt(decimal v) => v.ToString("0.####", CultureInfo.InvariantCulture);
}
