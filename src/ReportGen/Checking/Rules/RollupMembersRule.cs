using ReportGen.Model;

namespace ReportGen.Checking.Rules;

/// <summary>R23: every member of a roll-up exists for the same year and format and is free of errors; otherwise the sums are incomplete.</summary>
public sealed class RollupMembersRule : IRule
{
    public string Id => "R23";

    public IEnumerable<Finding> Check(ReportModel model, CheckContext context)
    {
        for (var i = 0; i < model.Members.Length; i++)
        {
            var m = model.Members[i];
            var message = m.Status switch
            {
                MemberStatus.Missing => $"汇总成员“{m.AgencyId}”没有数据文件（应为 {m.File}），汇总数不完整",
                MemberStatus.WrongYear => $"汇总成员“{m.AgencyId}”只有 {m.FoundYear} 年的数据，与本报告年度 {model.Year} 不同",
                MemberStatus.WrongFormat => $"汇总成员“{m.AgencyId}”的报告格式与本报告不同，无法汇总",
                MemberStatus.Invalid => $"汇总成员“{m.AgencyId}”的数据文件有错误（{m.File}），请先修正它",
                _ => null,
            };
            if (message is not null)
                yield return new Finding(m.Span, $"members[{i}]", message);
        }
    }
}
