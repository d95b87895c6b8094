using ReportGen.Documents.Diagnostics;
using ReportGen.Loading;
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
            var finding = m.Status switch
            {
                MemberStatus.Missing => Finding.Of(Catalog.Checking.R23Missing, m.Span, $"members[{i}]", m.AgencyId, m.File),
                MemberStatus.WrongYear => Finding.Of(Catalog.Checking.R23WrongYear, m.Span, $"members[{i}]", m.AgencyId, m.FoundYear, model.Year),
                MemberStatus.WrongFormat => Finding.Of(Catalog.Checking.R23WrongFormat, m.Span, $"members[{i}]", m.AgencyId),
                MemberStatus.Invalid => Finding.Of(Catalog.Checking.R23Invalid, m.Span, $"members[{i}]", m.AgencyId, m.File),
                _ => null,
            };
            if (finding is not null) yield return finding;
        }
    }
}
