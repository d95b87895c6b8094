using ReportGen.Checking.Rules;

namespace ReportGen.Checking;

/// <summary>Every rule the tool implements; a format's <c>rules:</c> list selects the ones that apply.</summary>
public static class RuleSet
{
    public static IReadOnlyList<IRule> All { get; } = new IRule[]
    {
        new DerivedSumRule("R16"),
        new TableRelationRule(),
        new PeriodRule(),
        new PublicationDateRule(),
        new NumberingRule(),
        new RollupMembersRule(),
        new ChartDataRule(),
    };
}
