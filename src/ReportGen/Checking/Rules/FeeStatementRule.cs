using ReportGen.Documents.Diagnostics;
using ReportGen.Loading;
using ReportGen.Model;

namespace ReportGen.Checking.Rules;

/// <summary>
/// R20: the section the format names (六、其他需要报告的事项) states the 信息处理费 position — customary
/// since 《政府信息公开信息处理费管理办法》 (2021 reports on). When 表三 （六）2 (dropped for unpaid
/// fees) is positive, fee notices were sent, so the statement should mention them.
/// </summary>
public sealed class FeeStatementRule : IRule
{
    public string Id => "R20";

    public IEnumerable<Finding> Check(ReportModel model, CheckContext context)
    {
        if (model.Format.FeeStatement is not { } fee) yield break;
        var section = Narrative.FindSection(model, fee.Section);
        var field = $"narrative.{fee.Section}";
        var heading = model.Format.FindSection(fee.Section)?.Heading ?? fee.Section;
        var text = section is null ? "" : string.Concat(Sections.Paragraphs(section.Body).Select(p => p.Text));
        if (!fee.Keywords.Any(k => text.Contains(k, StringComparison.Ordinal)))
        {
            yield return Finding.Of(Catalog.Checking.R20NoFeeStatement, model.Spans.For(field), field, heading, fee.Keywords[0]);
            yield break;
        }
        if (fee.TriggerCell is null || CellReference.Resolve(model, fee.TriggerCell) is not { Value: > 0 } trigger) yield break;
        if (fee.NoticeKeywords.Any(k => text.Contains(k, StringComparison.Ordinal))) yield break;
        yield return Finding.Of(Catalog.Checking.R20NoNotice, model.Spans.For(field), field,
            trigger.Label, Citations.FormatValue(trigger.Value), heading, Catalog.Phrases.List(fee.NoticeKeywords));
    }
}
