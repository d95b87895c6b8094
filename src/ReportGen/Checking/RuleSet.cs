using ReportGen.Checking.Rules;

namespace ReportGen.Checking;

/// <summary>Every rule the tool implements; a format's <c>rules:</c> list selects the ones that apply.</summary>
public static class RuleSet
{
    public static IReadOnlyList<IRule> All { get; } = new IRule[]
    {
        new IdentityRule(),
        new ComputedTotalRule("R2"),
        new ComputedTotalRule("R3"),
        new ComputedTotalRule("R4"),
        new CellValueRule(),
        new RequiredCellRule(),
        new StructureRule(),
        new SubtopicRule(),
        new CarryOverRule(),
        new StockContinuityRule(),
        new RepealBoundRule(),
        new NarrativeFigureRule(),
        new PercentageRule(),
        new PeriodRule(),
        new PublicationDateRule(),
        new DerivedSumRule("R16"),
        new TableRelationRule(),
        new NumberingRule(),
        new RollupMembersRule(),
        new ChartDataRule(),
        new UnitRule(),
        new LabelPunctuationRule(),
        new FeeStatementRule(),
        new ApplicantBreakdownRule(),
        new NegativeClaimRule(),
        new UniversalClaimRule(),
        new UnmentionedOutcomeRule(),
        new TitleRule(),
        new OfficialWordingRule(),
    };
}
