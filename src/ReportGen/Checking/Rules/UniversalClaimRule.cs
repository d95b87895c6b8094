using ReportGen.Documents.Diagnostics;
using ReportGen.Checking.Matching;
using ReportGen.Model;

namespace ReportGen.Checking.Rules;

/// <summary>
/// R26: a universal statement (申请均已办结, 行政复议均已审结, 均维持原行政行为, 全部予以公开) says its exceptions are 0:
/// 结转下年度继续办理, 尚未审结, 结果纠正 and 其他结果, the other outcomes. The words and their exceptions are the
/// format's lexicon (<c>universal_claims</c>).
/// </summary>
public sealed class UniversalClaimRule : IRule
{
    public string Id => "R26";

    public IEnumerable<Finding> Check(ReportModel model, CheckContext context)
    {
        if (NarrativeReading.Of(model) is not { } reading) yield break;
        foreach (var claim in reading.Claims.Where(c => c.Kind == ClaimKind.Universal))
            foreach (var q in claim.Zero.Where(q => q.Reported && q.Value > 0))
                yield return Finding.Of(Catalog.Checking.R26Universal, claim.Paragraph.Span, "", claim.Sentence, claim.Word, q.Label, Citations.FormatValue(q.Value));
    }
}
