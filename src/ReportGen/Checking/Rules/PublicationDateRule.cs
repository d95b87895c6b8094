using ReportGen.Documents.Diagnostics;
using ReportGen.Loading;
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
            yield return Finding.Warning(Catalog.Checking.R15NoDate, model.Spans.For("date"), "date");
            yield break;
        }
        var periodEnd = new DateOnly(model.Year, 12, 31);
        if (date <= periodEnd)
        {
            yield return Finding.Of(Catalog.Checking.R15TooEarly, model.Spans.For("date"), "date", date, periodEnd, model.Year + 1);
            yield break;
        }
        if (model.Format.Deadlines is not { } deadlines) yield break;
        var monthDay = model.Agency.Kind == AgencyKind.Government ? deadlines.Government : deadlines.Department;
        // 02-29 has no deadline in a common year, as the date it names does not exist.
        if (monthDay.Day > DateTime.DaysInMonth(model.Year + 1, monthDay.Month)) yield break;
        var deadline = new DateOnly(model.Year + 1, monthDay.Month, monthDay.Day);
        if (date > deadline)
            yield return Finding.Warning(Catalog.Checking.R15Late, model.Spans.For("date"), "date", date, deadline);
    }
}
