using ReportGen.Documents.Diagnostics;
using ReportGen.Checking.Matching;
using ReportGen.Model;

namespace ReportGen.Checking.Rules;

/// <summary>
/// R25: a negative statement (未发生行政复议, 未收到…申请, 无结转下年度的申请, 未制发规章) names quantities the
/// tables must then show as 0. Which words are negations and what they may deny is the format's lexicon.
/// </summary>
public sealed class NegativeClaimRule : IRule
{
    public string Id => "R25";

    public IEnumerable<Finding> Check(ReportModel model, CheckContext context)
    {
        if (NarrativeReading.Of(model) is not { } reading) yield break;
        foreach (var claim in reading.Claims.Where(c => c.Kind == ClaimKind.Negative))
            foreach (var q in claim.Zero.Where(q => q.Reported && q.Value > 0))
                yield return Finding.Of(Catalog.Checking.R25Negative, claim.Paragraph.Span, "", claim.Sentence, claim.Word, q.Label, Citations.FormatValue(q.Value));
    }
}
