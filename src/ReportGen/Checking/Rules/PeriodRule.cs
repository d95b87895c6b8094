using ReportGen.Documents.Diagnostics;
using System.Text.RegularExpressions;
using ReportGen.Loading;
using ReportGen.Model;

namespace ReportGen.Checking.Rules;

/// <summary>R14: the title year and any statistics-period sentence agree with the report year.</summary>
public sealed partial class PeriodRule : IRule
{
    public string Id => "R14";

    [GeneratedRegex(@"统计期限[^。]*?(\d{4})\s*年\s*1\s*月\s*1\s*日[^。]*?(\d{4})\s*年\s*12\s*月\s*31\s*日?")]
    private static partial Regex PeriodSentence();

    [GeneratedRegex(@"(\d{4})\s*年")]
    private static partial Regex TitleYear();

    public IEnumerable<Finding> Check(ReportModel model, CheckContext context)
    {
        var titleYears = TitleYear().Matches(model.FullTitle).Select(m => int.Parse(m.Groups[1].Value)).ToList();
        if (titleYears.Count > 0 && !titleYears.Contains(model.Year))
            yield return Finding.Of(Catalog.Checking.R14TitleYear, model.Spans.For("title"), "title", titleYears[0], model.Year);

        foreach (var p in model.Preamble.Concat(Sections.Paragraphs(model.Sections)))
        {
            var m = PeriodSentence().Match(p.Text);
            if (!m.Success) continue;
            var from = int.Parse(m.Groups[1].Value);
            var to = int.Parse(m.Groups[2].Value);
            if (from != model.Year || to != model.Year)
                yield return Finding.Of(Catalog.Checking.R14Period, p.Span, "", from, to, model.Year);
        }
    }
}
