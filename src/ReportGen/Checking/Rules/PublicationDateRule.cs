using ReportGen.Documents.Diagnostics;
using ReportGen.Model;

namespace ReportGen.Checking.Rules;

/// <summary>R15: 成文日期 after the period ends and no later than the deadline for the agency's kind (format data).</summary>
public sealed class PublicationDateRule : IRule
{
    public string Id => "R15";

    public IEnumerable<Finding> Check(ReportModel model, CheckContext context)
    {
        if (model.Date is not { } date)
        {
            yield return new Finding(model.Spans.For("date"), "date", "报告没有成文日期", "请填写 date: YYYY-MM-DD。", Severity.Warning);
            yield break;
        }
        var periodEnd = new DateOnly(model.Year, 12, 31);
        if (date <= periodEnd)
        {
            yield return new Finding(model.Spans.For("date"), "date",
                $"成文日期 {date:yyyy年M月d日} 早于统计期限结束（{periodEnd:yyyy年M月d日}）", $"应在 {model.Year + 1}年1月1日 之后。");
            yield break;
        }
        var kind = model.Agency.Kind == AgencyKind.Government ? "government" : "department";
        if (model.Format.Deadlines.TryGetValue(kind, out var monthDay) &&
            DateOnly.TryParse($"{model.Year + 1}-{monthDay}", System.Globalization.CultureInfo.InvariantCulture, out var deadline) &&
            date > deadline)
        {
            yield return new Finding(model.Spans.For("date"), "date",
                $"成文日期 {date:yyyy年M月d日} 晚于法定期限 {deadline:yyyy年M月d日}", "", Severity.Warning);
        }
    }
}
